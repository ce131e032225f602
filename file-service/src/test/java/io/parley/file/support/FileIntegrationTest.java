package io.parley.file.support;

import static org.awaitility.Awaitility.await;

import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.Priority;
import io.parley.file.FileApplication;
import io.parley.file.participants.Participation;
import io.parley.file.participants.Participations;
import io.parley.kit.events.EventPublisher;
import io.parley.testsupport.TestProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The full service on a random port against the in-process MongoDB and the real local RabbitMQ (names unique to
 * this run, {@link TestRun}); conversations are set up by publishing the events file-service consumes.
 */
@SpringBootTest(classes = FileApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FileTestConfiguration.class)
public abstract class FileIntegrationTest {
    @LocalServerPort
    protected int port;

    @Autowired
    protected EventPublisher events;

    @Autowired
    protected Participations participations;

    @DynamicPropertySource
    static void run(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, TestRun.properties());
    }

    protected Http http() {
        return new Http(port);
    }

    /** A conversation of {@code customerId} assigned to {@code agentId}, once file-service has learned it. */
    protected UUID assignedConversation(String customerId, String agentId) {
        UUID id = UUID.randomUUID();
        Instant queuedAt = Instant.now().minusSeconds(5);
        events.publish(EventEnvelope.of(new ConversationQueued(id, customerId, "support", Priority.MEDIUM, queuedAt)));
        events.publish(EventEnvelope.of(
                new ConversationAssigned(id, customerId, agentId, "Agent", "support", queuedAt.plusSeconds(1))));
        awaitParticipation(id, p -> agentId.equals(p.agentId()));
        return id;
    }

    protected void awaitParticipation(UUID conversationId, Predicate<Participation> condition) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> participations.find(conversationId).filter(condition).isPresent());
    }
}
