package io.parley.auth.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code accounts} table. */
@Repository
public class AccountRepository {
    private static final String COLUMNS =
            "id, kind, email, password_hash, display_name, roles, departments, disabled";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new guest with the GUEST role. */
    public Account createGuest(String displayName, String email) {
        Account guest = new Account(
                UUID.randomUUID(), Account.Kind.GUEST, email, null, displayName, List.of("GUEST"), List.of(), false);
        jdbc.sql("""
                        insert into accounts (id, kind, email, display_name, roles, departments)
                        values (?, 'GUEST', ?, ?, ?, '{}')""")
                .params(guest.id(), email, displayName, guest.roles().toArray(String[]::new))
                .update();
        return guest;
    }

    /**
     * The verified customer with this id, created on first use; a later sign-in updates the name and email it
     * brings (keeping the stored ones when it brings none).
     */
    public Account upsertCustomer(UUID id, String displayName, String email) {
        jdbc.sql("""
                        insert into accounts (id, kind, email, display_name, roles, departments)
                        values (?, 'CUSTOMER', ?, coalesce(?, 'Customer'), '{CUSTOMER}', '{}')
                        on conflict (id) do update set
                            email = coalesce(excluded.email, accounts.email),
                            display_name = coalesce(?, accounts.display_name)
                        where accounts.kind = 'CUSTOMER'""")
                .params(id, email, displayName, displayName)
                .update();
        return findById(id).filter(a -> a.kind() == Account.Kind.CUSTOMER).orElseThrow();
    }

    public Optional<Account> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from accounts where id = ?")
                .param(id)
                .query(AccountRepository::map)
                .optional();
    }

    /** The staff account that logs in with this email (case-insensitive). */
    Optional<Account> findStaffByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from accounts where kind = 'STAFF' and lower(email) = lower(?)")
                .param(email)
                .query(AccountRepository::map)
                .optional();
    }

    /** Inserts a staff account or overwrites the one with the same id. */
    void upsertStaff(Account account) {
        jdbc.sql("""
                        insert into accounts (id, kind, email, password_hash, display_name, roles, departments, disabled)
                        values (?, 'STAFF', ?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set kind = 'STAFF', email = excluded.email,
                            password_hash = excluded.password_hash, display_name = excluded.display_name,
                            roles = excluded.roles, departments = excluded.departments,
                            disabled = excluded.disabled""")
                .params(
                        account.id(),
                        account.email(),
                        account.passwordHash(),
                        account.displayName(),
                        account.roles().toArray(String[]::new),
                        account.departments().toArray(String[]::new),
                        account.disabled())
                .update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getObject("id", UUID.class),
                Account.Kind.valueOf(rs.getString("kind")),
                rs.getString("email"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                strings(rs.getArray("roles")),
                strings(rs.getArray("departments")),
                rs.getBoolean("disabled"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
