package io.parley.queue.support;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.AgentStatusChanged;
import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.CustomerUpdated;
import io.parley.contracts.events.MessageSent;
import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Envelopes of the events queue-service consumes, as chat-service and user-service send them. */
public final class Events {
    private Events() {}

    public static EventEnvelope<ConversationQueued> queued(
            UUID conversationId, String customerId, String department, Priority priority, Instant at) {
        return EventEnvelope.of(new ConversationQueued(conversationId, customerId, department, priority, at));
    }

    public static EventEnvelope<ConversationQueued> queued(UUID conversationId, String department, Instant at) {
        return queued(conversationId, "customer-" + conversationId, department, Priority.MEDIUM, at);
    }

    public static EventEnvelope<AgentStatusChanged> agent(
            String agentId, AgentStatus status, int capacity, List<String> departments, Instant at) {
        return EventEnvelope.of(
                new AgentStatusChanged(agentId, "Agent " + agentId, status, capacity, departments, at));
    }

    public static EventEnvelope<ConversationQueued> queued(
            UUID conversationId, String customerId, String department, Priority priority, Instant at, List<String> skills) {
        return EventEnvelope.of(new ConversationQueued(conversationId, customerId, department, priority, at, skills,
                null, "web", "hello"));
    }

    public static EventEnvelope<AgentStatusChanged> agent(
            String agentId, AgentStatus status, int capacity, List<String> departments, List<String> skills, Instant at) {
        return EventEnvelope.of(new AgentStatusChanged(agentId, "Agent " + agentId, status, capacity, departments, at,
                skills));
    }

    public static EventEnvelope<CustomerUpdated> customer(String customerId, boolean vip, Instant at) {
        return EventEnvelope.of(new CustomerUpdated(customerId, vip, Map.of(), at));
    }

    public static EventEnvelope<MessageSent> message(UUID conversationId, String senderId, String role, Instant at) {
        return EventEnvelope.of(new MessageSent(conversationId, UUID.randomUUID().toString(), 2, senderId, role, "hi", at));
    }

    public static EventEnvelope<ConversationEnded> ended(UUID conversationId, String agentId, Instant at) {
        return EventEnvelope.of(
                new ConversationEnded(conversationId, "customer-" + conversationId, agentId, "customer", at));
    }
}
