package io.parley.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.EventEnvelope;
import io.parley.kit.events.EventCodec;
import io.parley.kit.events.EventPublisher;
import io.parley.kit.events.EventsProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The outbox against the real local PostgreSQL and RabbitMQ, in a schema and exchange of its own. */
class OutboxRelayIntegrationTest {
    private static final String RUN = "kit_t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static SingleConnectionDataSource dataSource;
    private static JdbcTemplate jdbc;
    private static TransactionTemplate tx;
    private static CachingConnectionFactory rabbitConnections;
    private static RabbitAdmin admin;
    private static RabbitTemplate rabbit;
    private static EventCodec codec;
    private static Queue received;
    private static OutboxRelay relay;
    private static Outbox outbox;

    @BeforeAll
    static void start() throws Exception {
        dataSource = new SingleConnectionDataSource("jdbc:postgresql://localhost:5432/postgres", "postgres", "", true);
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create schema " + RUN);
        jdbc.execute("set search_path to " + RUN);
        String ddl = new String(
                OutboxRelayIntegrationTest.class.getResourceAsStream("/db/kit/V0_1__kit_outbox.sql").readAllBytes());
        jdbc.execute(ddl);
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        rabbitConnections = new CachingConnectionFactory("localhost", 5672);
        rabbitConnections.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.SIMPLE);
        admin = new RabbitAdmin(rabbitConnections);
        TopicExchange exchange = new TopicExchange(RUN, false, true);
        admin.declareExchange(exchange);
        received = new Queue(RUN + ".received", false, false, false);
        admin.declareQueue(received);
        admin.declareBinding(BindingBuilder.bind(received).to(exchange).with("#"));
        rabbit = new RabbitTemplate(rabbitConnections);
        codec = new EventCodec(JsonMapper.builder().build());
        EventPublisher publisher = new EventPublisher(rabbit, codec, new EventsProperties(RUN, null, null, null, false));
        relay = new OutboxRelay(jdbc, tx, publisher, 60_000, RUN);
        outbox = new Outbox(jdbc, codec, relay);
    }

    @AfterAll
    static void stop() {
        admin.deleteQueue(received.getName());
        admin.deleteExchange(RUN);
        rabbitConnections.destroy();
        jdbc.execute("drop schema " + RUN + " cascade");
        dataSource.destroy();
    }

    @Test
    void committedEventsArePublishedInOrderAndMarkedPublished() {
        List<UUID> written = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < 5; i++) {
                written.add(outbox.add(ended()).eventId());
            }
        });

        assertThat(relay.publishPending()).isEqualTo(5);

        assertThat(receiveIds(5)).containsExactlyElementsOf(written);
        assertThat(jdbc.queryForObject("select count(*) from outbox where published_at is null", Integer.class))
                .isZero();
        assertThat(relay.publishPending()).isZero();
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        tx.executeWithoutResult(status -> {
            outbox.add(ended());
            status.setRollbackOnly();
        });

        assertThat(relay.publishPending()).isZero();
        assertThat(rabbit.receive(received.getName())).isNull();
    }

    private List<UUID> receiveIds(int count) {
        List<UUID> ids = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Message message = rabbit.receive(received.getName());
            if (message != null) {
                EventEnvelope<?> envelope = codec.decode(message.getBody());
                ids.add(envelope.eventId());
            }
            return ids.size() == count;
        });
        return ids;
    }

    private static ConversationEnded ended() {
        return new ConversationEnded(UUID.randomUUID(), "customer", null, "customer", Instant.now());
    }
}
