/**
 * Accounts: guests (created on demand, no password) and staff (email and bcrypt password hash, roles,
 * departments). {@link io.parley.auth.account.Credentials} checks a password in about the same time whether
 * the email exists or not; {@link io.parley.auth.account.DemoSeed} upserts the demo accounts when
 * {@code parley.demo-seed} is true.
 */
package io.parley.auth.account;
