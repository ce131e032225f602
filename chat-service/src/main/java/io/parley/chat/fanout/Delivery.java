package io.parley.chat.fanout;

import java.util.List;

/**
 * Who receives an item: these users on their {@code /user/queue/events}, and, if {@code conversationTopic},
 * whoever subscribed to {@code /topic/conversations/{id}} (subscriptions are authorized per conversation).
 * {@code revokedUserIds} lost the conversation with this item: after delivering it, every instance cancels their
 * subscriptions to its topic.
 */
public record Delivery(List<String> userIds, boolean conversationTopic, List<String> revokedUserIds) {

    public Delivery {
        userIds = List.copyOf(userIds);
        revokedUserIds = revokedUserIds == null ? List.of() : List.copyOf(revokedUserIds);
    }

    public Delivery(List<String> userIds, boolean conversationTopic) {
        this(userIds, conversationTopic, List.of());
    }
}
