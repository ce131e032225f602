package io.parley.chat.fanout;

import io.parley.contracts.stomp.ConversationEvent;
import io.parley.contracts.stomp.QueuePositionUpdate;
import io.parley.contracts.stomp.TypingUpdate;
import java.util.List;
import java.util.UUID;

/**
 * What travels on the Redis channel: the conversation, who receives it, exactly one payload ({@code event},
 * {@code queuePosition} or {@code typing}), and who lost access to the conversation with it ({@code revokedUserIds}, null or empty
 * for most items): their topic subscriptions are cancelled after delivery.
 */
record FanoutItem(
        UUID conversationId,
        List<String> userIds,
        boolean conversationTopic,
        ConversationEvent event,
        QueuePositionUpdate queuePosition,
        List<String> revokedUserIds,
        TypingUpdate typing) {

    FanoutItem(UUID conversationId, List<String> userIds, boolean conversationTopic, ConversationEvent event,
            QueuePositionUpdate queuePosition) {
        this(conversationId, userIds, conversationTopic, event, queuePosition, List.of());
    }

    FanoutItem(UUID conversationId, List<String> userIds, boolean conversationTopic, ConversationEvent event,
            QueuePositionUpdate queuePosition, List<String> revokedUserIds) {
        this(conversationId, userIds, conversationTopic, event, queuePosition, revokedUserIds, null);
    }

    Object payload() {
        if (event != null) {
            return event;
        }
        return queuePosition != null ? queuePosition : typing;
    }

    List<String> revoked() {
        return revokedUserIds == null ? List.of() : revokedUserIds;
    }
}
