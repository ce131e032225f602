package io.parley.user.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code customers} table; attributes are a JSON object of strings. */
@Repository
class CustomerRepository {
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<Customer> customer = this::map;

    CustomerRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Customer> find(String customerId) {
        return jdbc.sql("select customer_id, vip, attributes, updated_at from customers where customer_id = ?")
                .param(customerId)
                .query(customer)
                .optional();
    }

    /**
     * Inserts or updates the customer in one statement and returns the stored state; null {@code attributes}
     * keep the stored ones (none for a new customer).
     */
    Customer save(String customerId, boolean vip, Map<String, String> attributes, Instant at, String by) {
        return jdbc.sql("""
                        insert into customers (customer_id, vip, attributes, updated_at, updated_by)
                        values (:id, :vip, coalesce(cast(:attributes as jsonb), '{}'::jsonb), :at, :by)
                        on conflict (customer_id) do update set
                            vip = excluded.vip,
                            attributes = coalesce(cast(:attributes as jsonb), customers.attributes),
                            updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by
                        returning customer_id, vip, attributes, updated_at""")
                .param("id", customerId)
                .param("vip", vip)
                .param("attributes", attributes == null ? null : json.writeValueAsString(attributes), Types.VARCHAR)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .query(customer)
                .single();
    }

    private Customer map(ResultSet rs, int row) throws SQLException {
        return new Customer(
                rs.getString("customer_id"),
                rs.getBoolean("vip"),
                json.readValue(rs.getString("attributes"), STRINGS),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
