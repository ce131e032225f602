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
 *   <li>The event that takes a conversation away from an agent (ASSIGNED to another agent, TRANSFERRED to a
 *       department, REQUEUED) also reaches that previous agent, as the last thing they get: their
 *       subscriptions to the conversation's topic are cancelled right after it (unless they are a supervisor),
 *       and nothing later is addressed to them.
 *   <li>A NOTE is for staff only: the agent it names (the transfer's target, who gets the conversation next) and
 *       the assigned agent; never the customer and never on the topic (customers may subscribe to it). Anyone
 *       else on the staff side (its author, supervisors) reads it from the timeline.
 *   <li>A queue position goes to the waiting customer only, never on the topic.
 *   <li>A typing indicator goes to the other participant only (the assigned agent when the customer types, the
 *       customer when the agent types): never to the typist's own devices, never on the topic.
 * </ul>
 */
public final class RecipientsPolicy {

    private RecipientsPolicy() {}

    public static Delivery forConversationEvent(String customerId, String assignedAgentId, ConversationEvent event) {
        return forConversationEvent(customerId, assignedAgentId, null, event);
    }

    /**
     * @param assignedAgentId the conversation's agent after the change the event records (null: none)
     * @param previousAgentId the agent who had it before that change, or null if nobody lost it
     */
    public static Delivery forConversationEvent(
            String customerId, String assignedAgentId, String previousAgentId, ConversationEvent event) {
        if (ConversationEvent.NOTE.equals(event.type())) {
            List<String> staff = new ArrayList<>();
            addStaff(staff, customerId, event.agentId());
            addStaff(staff, customerId, assignedAgentId);
            return new Delivery(staff, false, List.of());
        }
        String agentId = ConversationEvent.ASSIGNED.equals(event.type()) && event.agentId() != null
                ? event.agentId()
                : assignedAgentId;
        List<String> users = new ArrayList<>();
        users.add(customerId);
        addStaff(users, customerId, agentId);
        boolean removed = previousAgentId != null && !previousAgentId.equals(agentId)
                && !previousAgentId.equals(customerId);
        addStaff(users, customerId, removed ? previousAgentId : null);
        return new Delivery(users, true, removed ? List.of(previousAgentId) : List.of());
    }

    public static Delivery forTyping(String customerId, String assignedAgentId, String typistId) {
        List<String> others = new ArrayList<>();
        if (customerId != null && !customerId.equals(typistId)) {
            others.add(customerId);
        }
        if (assignedAgentId != null && !assignedAgentId.equals(typistId) && !assignedAgentId.equals(customerId)) {
            others.add(assignedAgentId);
        }
        return new Delivery(others, false, List.of());
    }

    public static Delivery forQueuePosition(String customerId) {
        return new Delivery(List.of(customerId), false, List.of());
    }

    private static void addStaff(List<String> users, String customerId, String userId) {
        if (userId != null && !userId.equals(customerId) && !users.contains(userId)) {
            users.add(userId);
        }
    }
}
