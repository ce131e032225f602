package io.parley.contracts.stomp;

import java.util.UUID;

/** Every STOMP endpoint and destination clients use. */
public final class Destinations {
    /** WebSocket endpoint, proxied by the gateway. */
    public static final String ENDPOINT = "/ws";
    /** Prefix of destinations handled by chat-service (SEND). */
    public static final String APP_PREFIX = "/app";
    /** Every event of the caller's own conversations and their queue positions ({@link ConversationEvent}, {@link QueuePositionUpdate}). */
    public static final String USER_EVENTS = "/user/queue/events";
    /** Acks of the messages this socket sent ({@link MessageAck}). */
    public static final String USER_ACKS = "/user/queue/acks";
    /** Events of one conversation, for its participants and supervisors. */
    public static final String CONVERSATION_TOPIC_PREFIX = "/topic/conversations/";

    private Destinations() {}

    /** SEND a {@link SendMessage} here. */
    public static String sendMessage(UUID conversationId) {
        return APP_PREFIX + "/conversations/" + conversationId + "/messages";
    }

    public static String conversationTopic(UUID conversationId) {
        return CONVERSATION_TOPIC_PREFIX + conversationId;
    }
}
