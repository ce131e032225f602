package io.parley.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.auth.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

class DemoSeedIntegrationTest extends IntegrationTest {
    private static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-00000000a001");

    @Autowired
    DemoSeed seed;

    @Autowired
    AccountRepository accounts;

    @Autowired
    Credentials credentials;

    @Autowired
    JdbcClient jdbc;

    private long seededRows() {
        return jdbc.sql("select count(*) from accounts where id = any(?)")
                .param(DemoSeed.ACCOUNTS.stream().map(d -> d.account().id()).toArray(UUID[]::new))
                .query(Long.class)
                .single();
    }

    @Test
    void seedingAgainNeitherDuplicatesNorFails() {
        seed.run(new DefaultApplicationArguments());
        seed.run(new DefaultApplicationArguments());

        assertThat(seededRows()).isEqualTo(5);
        assertThat(credentials.check("bob@parley.local", "parley-demo")).isPresent();
    }

    @Test
    void theSeedHasTheDocumentedAccounts() {
        Account admin = accounts.findById(ADMIN).orElseThrow();

        assertThat(admin.displayName()).isEqualTo("Ada Admin");
        assertThat(admin.email()).isEqualTo("admin@parley.local");
        assertThat(admin.roles()).containsExactly("ADMIN", "SUPERVISOR");
        assertThat(admin.departments()).containsExactly("sales", "support");
        assertThat(DemoSeed.ACCOUNTS).extracting(d -> d.account().displayName())
                .containsExactly("Ada Admin", "Alice Martin", "Bob Chen", "Carol Diaz", "Dave Okafor");
        assertThat(accounts.findById(UUID.fromString("00000000-0000-0000-0000-00000000b003")).orElseThrow())
                .extracting(Account::roles, Account::departments)
                .containsExactly(List.of("AGENT"), List.of("support"));
    }

    @Test
    void seedingRestoresAChangedDemoAccount() {
        jdbc.sql("update accounts set display_name = 'Renamed', disabled = true where id = ?").param(ADMIN).update();

        seed.run(new DefaultApplicationArguments());

        Account admin = accounts.findById(ADMIN).orElseThrow();
        assertThat(admin.displayName()).isEqualTo("Ada Admin");
        assertThat(admin.disabled()).isFalse();
    }
}
