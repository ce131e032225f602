package io.parley.queue.position;

import java.util.UUID;

/**
 * Where a waiting conversation stands now.
 *
 * @param position 1-based, within its lane
 * @param estimatedWaitSeconds null when no ONLINE agent who could take it has any capacity
 * @param offerLeaveMessage no ONLINE agent could take it and its department offers to leave a message
 * @param effectivePriority its priority level with VIP and aging (0 = LOW .. 3 = URGENT, higher after aging)
 */
public record Standing(
        UUID conversationId,
        String customerId,
        String lane,
        int position,
        Integer estimatedWaitSeconds,
        boolean offerLeaveMessage,
        int effectivePriority) {}
