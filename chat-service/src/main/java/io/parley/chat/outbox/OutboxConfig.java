package io.parley.chat.outbox;

import io.parley.chat.store.Conversations;
import io.parley.chat.store.Timeline;
import io.parley.kit.events.EventPublisher;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The relay, its lease (owned by this process under a random name) and its poll interval. */
@Configuration(proxyBeanMethods = false)
class OutboxConfig {

    @Bean
    OutboxRelay outboxRelay(Conversations conversations, Timeline timeline, EventPublisher publisher,
            MongoTemplate mongo, @Value("${parley.outbox.poll-millis:500}") long pollMillis) {
        RelayLease lease = new RelayLease(mongo, "relay-" + UUID.randomUUID(), Duration.ofSeconds(30));
        return new OutboxRelay(conversations, timeline, publisher, lease, pollMillis);
    }
}
