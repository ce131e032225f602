package io.parley.contracts.events;

import java.util.Map;

/** Routing keys of every durable event, and the payload record each one carries. */
public final class EventTypes {
    /** The one topic exchange every service publishes to. */
    public static final String EXCHANGE = "parley.events";
    /** Dead-letter exchange for messages a consumer gave up on. */
    public static final String DEAD_LETTER_EXCHANGE = "parley.events.dlx";

    public static final String CONVERSATION_QUEUED = "conversation.queued";
    public static final String CONVERSATION_ASSIGNED = "conversation.assigned";
    public static final String CONVERSATION_ENDED = "conversation.ended";
    public static final String MESSAGE_SENT = "message.sent";
    public static final String QUEUE_POSITIONS_CHANGED = "queue.positions-changed";
    public static final String AGENT_STATUS_CHANGED = "agent.status-changed";
    public static final String CONVERSATION_TRANSFERRED = "conversation.transferred";
    public static final String CONVERSATION_REQUEUED = "conversation.requeued";
    public static final String QUEUE_ESCALATED = "queue.escalated";
    public static final String CUSTOMER_UPDATED = "customer.updated";

    private static final Map<String, Class<?>> PAYLOADS = Map.of(
            CONVERSATION_QUEUED, ConversationQueued.class,
            CONVERSATION_ASSIGNED, ConversationAssigned.class,
            CONVERSATION_ENDED, ConversationEnded.class,
            MESSAGE_SENT, MessageSent.class,
            QUEUE_POSITIONS_CHANGED, QueuePositionsChanged.class,
            AGENT_STATUS_CHANGED, AgentStatusChanged.class,
            CONVERSATION_TRANSFERRED, ConversationTransferred.class,
            CONVERSATION_REQUEUED, ConversationRequeued.class,
            QUEUE_ESCALATED, QueueEscalated.class,
            CUSTOMER_UPDATED, CustomerUpdated.class);

    private EventTypes() {}

    /** The payload record of an event type, or an exception for a type nobody declared. */
    public static Class<?> payloadType(String type) {
        Class<?> payload = PAYLOADS.get(type);
        if (payload == null) {
            throw new IllegalArgumentException("unknown event type: " + type);
        }
        return payload;
    }

    /** The event type of a payload record. */
    public static String typeOf(Class<?> payloadClass) {
        return PAYLOADS.entrySet().stream()
                .filter(e -> e.getValue().equals(payloadClass))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an event payload: " + payloadClass));
    }
}
