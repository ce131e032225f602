package io.parley.chat.fanout;

import io.parley.contracts.stomp.ConversationEvent;
import io.parley.contracts.stomp.QueuePositionUpdate;
import io.parley.contracts.stomp.TypingUpdate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes live items on the deployment's fan-out channel, with recipients decided by
 * {@link RecipientsPolicy}. Best effort: a Redis failure is logged and never fails the write that caused it
 * (the item is already stored; clients catch up by seq).
 */
@Component
public class Fanout {
    private static final Logger log = LoggerFactory.getLogger(Fanout.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final FanoutChannel channel;

    Fanout(StringRedisTemplate redis, JsonMapper json, FanoutChannel channel) {
        this.redis = redis;
        this.json = json;
        this.channel = channel;
    }

    public void conversationEvent(String customerId, String assignedAgentId, ConversationEvent event) {
        conversationEvent(customerId, assignedAgentId, null, event);
    }

    /** A timeline event that may have taken the conversation away from {@code previousAgentId} (null: nobody). */
    public void conversationEvent(
            String customerId, String assignedAgentId, String previousAgentId, ConversationEvent event) {
        Delivery to = RecipientsPolicy.forConversationEvent(customerId, assignedAgentId, previousAgentId, event);
        publish(new FanoutItem(event.conversationId(), to.userIds(), to.conversationTopic(), event, null,
                to.revokedUserIds()));
    }

    public void queuePosition(String customerId, QueuePositionUpdate update) {
        Delivery to = RecipientsPolicy.forQueuePosition(customerId);
        publish(new FanoutItem(update.conversationId(), to.userIds(), to.conversationTopic(), null, update));
    }

    /** Someone's typing indicator, for the other participant of the conversation only. */
    public void typing(String customerId, String assignedAgentId, TypingUpdate update) {
        Delivery to = RecipientsPolicy.forTyping(customerId, assignedAgentId, update.userId());
        publish(new FanoutItem(update.conversationId(), to.userIds(), to.conversationTopic(), null, null, List.of(),
                update));
    }

    private void publish(FanoutItem item) {
        if (item.userIds().isEmpty() && !item.conversationTopic() && item.revoked().isEmpty()) {
            return;
        }
        try {
            redis.convertAndSend(channel.name(), json.writeValueAsString(item));
        } catch (RuntimeException e) {
            log.warn("live fan-out of conversation {} failed, clients will catch up by seq: {}",
                    item.conversationId(), e.getMessage());
        }
    }
}
