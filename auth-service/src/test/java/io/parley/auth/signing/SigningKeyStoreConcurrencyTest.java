package io.parley.auth.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testsupport.TestSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Several instances starting together on an empty schema end up with one signing key. */
class SigningKeyStoreConcurrencyTest {
    private final TestSchema schema = TestSchema.create("auth").dropAtExit();
    private JdbcClient jdbc;

    @BeforeEach
    void migrate() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestSchema.URL, TestSchema.USER, TestSchema.PASSWORD);
        dataSource.setSchema(schema.name());
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema.name())
                .defaultSchema(schema.name())
                .locations("classpath:db/kit", "classpath:db/migration")
                .load()
                .migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void drop() {
        jdbc.sql("drop schema if exists " + schema.name() + " cascade").update();
    }

    @Test
    void instancesStartingTogetherAgreeOnOneKey() throws Exception {
        int instances = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        List<Future<String>> kids = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                Callable<String> start = () -> {
                    go.await();
                    return new SigningKeyStore(jdbc).activeKey().kid();
                };
                kids.add(pool.submit(start));
            }
            go.countDown();
            Set<String> distinct = new HashSet<>();
            for (Future<String> kid : kids) {
                distinct.add(kid.get(60, TimeUnit.SECONDS));
            }
            assertThat(distinct).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from signing_keys").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select kid from signing_keys where active").query(String.class).single())
                .isEqualTo(new SigningKeyStore(jdbc).activeKey().kid());
    }

    @Test
    void aStoredKeyReadsBackAsTheSameKeyPair() {
        SigningKey created = new SigningKeyStore(jdbc).activeKey();
        SigningKey read = new SigningKeyStore(jdbc).activeKey();

        assertThat(read.kid()).isEqualTo(created.kid());
        assertThat(read.publicKey()).isEqualTo(created.publicKey());
        assertThat(read.privateKey().getEncoded()).isEqualTo(created.privateKey().getEncoded());
    }
}
