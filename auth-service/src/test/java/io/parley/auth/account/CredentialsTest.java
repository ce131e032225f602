package io.parley.auth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class CredentialsTest {
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final AtomicInteger hashChecks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final AccountRepository accounts = mock(AccountRepository.class);
    private final Credentials credentials = new Credentials(accounts, counting);

    private Account staff(boolean disabled) {
        return new Account(UUID.randomUUID(), Account.Kind.STAFF, "bob@x.test", bcrypt.encode("right"), "Bob",
                List.of("AGENT"), List.of("sales"), disabled);
    }

    @Test
    void theRightPasswordOpensTheAccount() {
        Account bob = staff(false);
        when(accounts.findStaffByEmail("bob@x.test")).thenReturn(Optional.of(bob));

        assertThat(credentials.check("bob@x.test", "right")).contains(bob);
    }

    @Test
    void aWrongPasswordIsRefused() {
        when(accounts.findStaffByEmail("bob@x.test")).thenReturn(Optional.of(staff(false)));

        assertThat(credentials.check("bob@x.test", "wrong")).isEmpty();
        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void anUnknownEmailStillCostsOneHashCheck() {
        when(accounts.findStaffByEmail("nobody@x.test")).thenReturn(Optional.empty());

        assertThat(credentials.check("nobody@x.test", "right")).isEmpty();
        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void aDisabledAccountIsRefusedEvenWithTheRightPassword() {
        when(accounts.findStaffByEmail("bob@x.test")).thenReturn(Optional.of(staff(true)));

        assertThat(credentials.check("bob@x.test", "right")).isEmpty();
    }

    @Test
    void anOverlongPasswordIsRefusedNotAnError() {
        when(accounts.findStaffByEmail("bob@x.test")).thenReturn(Optional.of(staff(false)));

        assertThat(credentials.check("bob@x.test", "x".repeat(150))).isEmpty();
    }
}
