package io.parley.auth.account;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts of docs/architecture.md (the same ids as in user-service), upserted on id at every start
 * when {@code parley.demo-seed=true}, so a restart neither duplicates nor fails.
 */
@Component
@ConditionalOnProperty(name = "parley.demo-seed", havingValue = "true")
class DemoSeed implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    static final List<DemoAccount> ACCOUNTS = List.of(
            staff("00000000-0000-0000-0000-00000000a001", "admin@parley.local", "parley-admin", "Ada Admin",
                    List.of("ADMIN", "SUPERVISOR"), List.of("sales", "support")),
            staff("00000000-0000-0000-0000-00000000b001", "alice@parley.local", "parley-demo", "Alice Martin",
                    List.of("AGENT"), List.of("sales")),
            staff("00000000-0000-0000-0000-00000000b002", "bob@parley.local", "parley-demo", "Bob Chen",
                    List.of("AGENT"), List.of("sales")),
            staff("00000000-0000-0000-0000-00000000b003", "carol@parley.local", "parley-demo", "Carol Diaz",
                    List.of("AGENT"), List.of("support")),
            staff("00000000-0000-0000-0000-00000000b004", "dave@parley.local", "parley-demo", "Dave Okafor",
                    List.of("AGENT"), List.of("support")));

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;

    DemoSeed(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** Upserts every demo account with a fresh hash of its demo password. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (DemoAccount demo : ACCOUNTS) {
            Account a = demo.account();
            accounts.upsertStaff(new Account(a.id(), a.kind(), a.email(), passwords.encode(demo.password()),
                    a.displayName(), a.roles(), a.departments(), false));
        }
        log.info("demo seed: {} accounts upserted", ACCOUNTS.size());
    }

    private static DemoAccount staff(
            String id, String email, String password, String name, List<String> roles, List<String> departments) {
        Account account = new Account(
                UUID.fromString(id), Account.Kind.STAFF, email, null, name, roles, departments, false);
        return new DemoAccount(account, password);
    }

    /** A demo account and its well-known password (published in docs/architecture.md). */
    record DemoAccount(Account account, String password) {}
}
