package io.parley.chat.fanout;

import io.parley.contracts.stomp.ConversationEvent;
import io.parley.contracts.stomp.QueuePositionUpdate;
import java.util.List;
import java.util.UUID;

/**
 * What travels on the Redis channel: the conversation, who receives it, and exactly one payload
 * ({@code event} or {@code queuePosition}).
 */
record FanoutItem(
        UUID conversationId,
        List<String> userIds,
        boolean conversationTopic,
        ConversationEvent event,
        QueuePositionUpdate queuePosition) {

    Object payload() {
        return event != null ? event : queuePosition;
    }
}
