package io.parley.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.systemtest.client.ParleyApi;
import io.parley.systemtest.client.Session;
import io.parley.systemtest.client.StompSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A fresh guest's conversation in {@link Cast#SALES}, assigned to an online agent, with both sides connected:
 * the "good sockets" that must carry on while the bad-input tests misbehave around them.
 */
final class ServedConversation {
    static final Duration WAIT = Duration.ofSeconds(20);

    final ParleyApi api;
    final Session customer;
    final Session agent;
    final StompSocket customerSocket;
    final StompSocket agentSocket;
    final UUID id;

    private ServedConversation(ParleyApi api, Session customer, Session agent, StompSocket customerSocket,
            StompSocket agentSocket, UUID id) {
        this.api = api;
        this.customer = customer;
        this.agent = agent;
        this.customerSocket = customerSocket;
        this.agentSocket = agentSocket;
        this.id = id;
    }

    /** Signs in the agent, connects it and puts it ONLINE with room for every conversation of a test class. */
    static Agent onlineAgent(ParleyApi api, URI webSocket, String email) {
        Session session = api.login(email, ParleyApi.DEMO_PASSWORD);
        StompSocket socket = StompSocket.connect(webSocket, session.accessToken());
        api.setStatus(session, "ONLINE", 20);
        return new Agent(session, socket);
    }

    record Agent(Session session, StompSocket socket) {}

    static ServedConversation start(ParleyApi api, URI webSocket, Agent agent, String customerName) {
        Session customer = api.guest(customerName);
        StompSocket customerSocket = StompSocket.connect(webSocket, customer.accessToken());
        JsonNode started = api.startConversation(customer, UUID.randomUUID(), "Hello from " + customerName, Cast.SALES);
        UUID id = UUID.fromString(started.get("id").asString());
        await("ASSIGNED event for " + customerName).atMost(WAIT)
                .until(() -> !Frames.assigned(customerSocket.events(), id).isEmpty());
        return new ServedConversation(api, customer, agent.session(), customerSocket, agent.socket(), id);
    }

    List<JsonNode> history() {
        return api.history(customer, id);
    }

    /** A message each way still goes through: stored (acked) and delivered to the other side. */
    void assertStillExchangesMessages() {
        exchange(customerSocket, agentSocket, "customer still here");
        exchange(agentSocket, customerSocket, "agent still here");
    }

    private void exchange(StompSocket from, StompSocket to, String text) {
        UUID clientMessageId = UUID.randomUUID();
        from.sendMessage(id, clientMessageId, text);
        await("ack of '" + text + "' on " + from).atMost(WAIT)
                .until(() -> !Frames.acks(from.acks(), id, clientMessageId).isEmpty());
        await("delivery of '" + text + "' to " + to).atMost(WAIT)
                .until(() -> !Frames.sentAs(to.events(), id, Set.of(clientMessageId)).isEmpty());
        assertThat(Frames.text(Frames.sentAs(to.events(), id, Set.of(clientMessageId)).getFirst(), "text"))
                .isEqualTo(text);
    }

    void end() {
        api.end(agent, id);
        customerSocket.close();
    }
}
