package io.parley.auth.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password. An unknown email still costs one hash check (against a dummy hash), so the
 * answer time does not tell whether the email exists; disabled accounts are refused the same way.
 */
@Component
public class Credentials {
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final String dummyHash;

    Credentials(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** The active staff account these credentials belong to, or empty. */
    public Optional<Account> check(String email, String password) {
        Optional<Account> account = accounts.findStaffByEmail(email);
        String hash = account.map(Account::passwordHash).orElse(dummyHash);
        boolean matches = matches(password, hash);
        return account.filter(a -> matches && !a.disabled());
    }

    private boolean matches(String password, String hash) {
        try {
            return passwords.matches(password, hash);
        } catch (IllegalArgumentException tooLongOrMalformed) {
            return false;
        }
    }
}
