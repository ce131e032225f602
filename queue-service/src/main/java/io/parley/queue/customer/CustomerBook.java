package io.parley.queue.customer;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code customers} table: the VIP flag staff set per customer (from {@code customer.updated}). */
@Repository
public class CustomerBook {
    private final JdbcClient jdbc;

    CustomerBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the flag unless a later update is stored already (events may arrive out of order). */
    public boolean update(String customerId, boolean vip, Instant at) {
        return jdbc.sql("""
                        insert into customers (customer_id, vip, updated_at) values (?, ?, ?)
                        on conflict (customer_id) do update set vip = excluded.vip, updated_at = excluded.updated_at
                        where customers.updated_at <= excluded.updated_at
                        """)
                        .params(customerId, vip, Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Whether staff marked the customer VIP; false for a customer nobody set. */
    public boolean isVip(String customerId) {
        return jdbc.sql("select vip from customers where customer_id = ?")
                .param(customerId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }
}
