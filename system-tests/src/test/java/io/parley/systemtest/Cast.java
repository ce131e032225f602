package io.parley.systemtest;

/** The demo-seed agents the tests sign in as (docs/architecture.md, "Demo seed"). */
final class Cast {
    static final String CAROL = "carol@parley.local";
    static final String DAVE = "dave@parley.local";
    static final String ALICE = "alice@parley.local";
    static final String BOB = "bob@parley.local";
    static final String ADMIN = "admin@parley.local";
    static final String ADMIN_PASSWORD = "parley-admin";
    /** Carol and Dave serve this department; the story uses it with Dave offline. */
    static final String SUPPORT = "support";
    /** Alice (and Bob) serve this one; the bad-input tests use it so that they never touch the story's line. */
    static final String SALES = "sales";

    private Cast() {}
}
