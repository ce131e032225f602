package io.parley.chat.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.chat.conversation.RoutingService;
import io.parley.chat.support.Api.Response;
import io.parley.chat.support.StompTestClient.Connection;
import io.parley.contracts.events.ConversationAssigned;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/** Helpers for STOMP tests: sockets closed after each test, conversations set up over REST. */
public abstract class StompIntegrationTest extends ChatIntegrationTest {
    private final List<Connection> connections = new ArrayList<>();

    @Autowired
    protected SimpUserRegistry users;

    @Autowired
    protected RoutingService routing;

    @AfterEach
    void closeSockets() {
        connections.forEach(Connection::close);
    }

    protected Connection connect(String token) {
        Connection connection = StompTestClient.connect(port, token);
        connections.add(connection);
        return connection;
    }

    /** Starts a conversation as this customer; returns its id. */
    protected UUID startConversation(String customerToken) {
        Response created = api(customerToken).post("/api/v1/conversations",
                Map.of("clientMessageId", UUID.randomUUID(), "text", "Hello"));
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    /** As queue-service would: the agent gets the conversation. */
    protected void assign(UUID conversationId, String customerId, String agentId) {
        routing.assign(UUID.randomUUID(),
                new ConversationAssigned(conversationId, customerId, agentId, "Carol", "support", Instant.now()));
    }

    /** The seqs stored in a conversation's timeline, as its customer sees them over REST. */
    protected List<Long> storedSeqs(String customerToken, UUID conversationId) {
        List<Long> seqs = new ArrayList<>();
        api(customerToken).get("/api/v1/conversations/" + conversationId + "/events").json()
                .forEach(event -> seqs.add(event.get("seq").asLong()));
        return seqs;
    }

    /** Waits until the server registered this user's subscription (the simple broker sends no receipts). */
    protected void awaitSubscribed(String userId, String destination) {
        await().atMost(Duration.ofSeconds(5)).until(() -> !users.findSubscriptions(s ->
                s.getSession().getUser().getName().equals(userId) && s.getDestination().equals(destination)).isEmpty());
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
