package io.parley.chat.fanout;

import java.util.List;

/**
 * Who receives an item: these users on their {@code /user/queue/events}, and, if {@code conversationTopic},
 * whoever subscribed to {@code /topic/conversations/{id}} (subscriptions are authorized per conversation).
 */
public record Delivery(List<String> userIds, boolean conversationTopic) {

    public Delivery {
        userIds = List.copyOf(userIds);
    }
}
