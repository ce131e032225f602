package io.parley.user.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.testsupport.TestProperties;
import io.parley.testsupport.TestSchema;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The customers table on the real PostgreSQL, in this run's own schema (each test rolls back). */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({CustomerRepository.class, CustomerRepositoryTest.Json.class, TestSchema.Cleanup.class})
class CustomerRepositoryTest {
    static final TestSchema SCHEMA = TestSchema.create("users");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, SCHEMA.properties());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Json {
        @Bean
        JsonMapper jsonMapper() {
            return JsonMapper.builder().build();
        }
    }

    @Autowired
    CustomerRepository customers;

    @Autowired
    JdbcTemplate jdbc;

    static String newId() {
        return "c-" + UUID.randomUUID();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Test
    void customerNobodySetIsEmpty() {
        assertThat(customers.find(newId())).isEmpty();
    }

    @Test
    void savedCustomerIsReturnedAndReadBackWithWhoChangedIt() {
        String id = newId();
        Instant at = now();

        Customer saved = customers.save(id, true, Map.of("plan", "gold", "region", "eu"), at, "admin-1");

        assertThat(saved).isEqualTo(new Customer(id, true, Map.of("plan", "gold", "region", "eu"), at));
        assertThat(customers.find(id)).contains(saved);
        assertThat(jdbc.queryForObject("select updated_by from customers where customer_id = ?", String.class, id))
                .isEqualTo("admin-1");
    }

    @Test
    void newCustomerSavedWithoutAttributesHasNone() {
        String id = newId();

        assertThat(customers.save(id, false, null, now(), "admin-1").attributes()).isEmpty();
    }

    @Test
    void savingWithoutAttributesKeepsTheStoredOnesAndGivenOnesReplaceThemAll() {
        String id = newId();
        customers.save(id, false, Map.of("plan", "gold", "region", "eu"), now(), "admin-1");

        Customer kept = customers.save(id, true, null, now(), "supervisor-2");
        assertThat(kept.vip()).isTrue();
        assertThat(kept.attributes()).containsExactly(Map.entry("plan", "gold"), Map.entry("region", "eu"));

        Customer replaced = customers.save(id, true, Map.of("tier", "1"), now(), "admin-1");
        assertThat(replaced.attributes()).containsExactly(Map.entry("tier", "1"));
        assertThat(customers.find(id)).contains(replaced);
    }

    @Test
    void databaseRejectsAnIdThatCannotBeACustomer() {
        assertThatThrownBy(() -> customers.save("no spaces", false, null, now(), "admin-1"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
