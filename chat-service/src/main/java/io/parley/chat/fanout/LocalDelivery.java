package io.parley.chat.fanout;

import io.parley.contracts.stomp.Destinations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hears every item on the fan-out channel and hands it to this instance's sockets: each named user's
 * {@code /user/queue/events} (a no-op for users with no socket here) and the conversation topic; then cancels the
 * topic subscriptions of the users the item says lost the conversation ({@link TopicRevocation}).
 */
@Component
class LocalDelivery implements MessageListener {
    private static final Logger log = LoggerFactory.getLogger(LocalDelivery.class);
    static final String USER_EVENTS = "/queue/events";

    private final SimpMessagingTemplate sockets;
    private final JsonMapper json;
    private final TopicRevocation revocation;

    LocalDelivery(SimpMessagingTemplate sockets, JsonMapper json, TopicRevocation revocation) {
        this.sockets = sockets;
        this.json = json;
        this.revocation = revocation;
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        FanoutItem item;
        try {
            item = json.readValue(message.getBody(), FanoutItem.class);
        } catch (RuntimeException e) {
            log.warn("ignored an undecodable fan-out item: {}", e.getMessage());
            return;
        }
        deliver(item);
    }

    void deliver(FanoutItem item) {
        Object payload = item.payload();
        if (payload == null) {
            return;
        }
        for (String userId : item.userIds()) {
            sockets.convertAndSendToUser(userId, USER_EVENTS, payload);
        }
        if (item.conversationTopic()) {
            sockets.convertAndSend(Destinations.conversationTopic(item.conversationId()), payload);
        }
        if (!item.revoked().isEmpty()) {
            revocation.revoke(item.conversationId(), item.revoked());
        }
    }
}
