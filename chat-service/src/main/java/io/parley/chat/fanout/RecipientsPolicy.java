package io.parley.chat.fanout;

import io.parley.contracts.stomp.ConversationEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that decides who receives each live item.
 * <ul>
 *   <li>A timeline event goes to the conversation's customer and to its assigned agent (for ASSIGNED: the
 *       agent named in the event; for ENDED: the agent assigned when it ended), and on the conversation's
 *       topic, where supervisors and admins may follow it.
 *   <li>A queue position goes to the waiting customer only, never on the topic.
 * </ul>
 */
public final class RecipientsPolicy {

    private RecipientsPolicy() {}

    public static Delivery forConversationEvent(String customerId, String assignedAgentId, ConversationEvent event) {
        String agentId = ConversationEvent.ASSIGNED.equals(event.type()) && event.agentId() != null
                ? event.agentId()
                : assignedAgentId;
        List<String> users = new ArrayList<>();
        users.add(customerId);
        if (agentId != null && !agentId.equals(customerId)) {
            users.add(agentId);
        }
        return new Delivery(users, true);
    }

    public static Delivery forQueuePosition(String customerId) {
        return new Delivery(List.of(customerId), false);
    }
}
