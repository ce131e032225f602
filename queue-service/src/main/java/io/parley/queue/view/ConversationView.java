package io.parley.queue.view;

import io.parley.contracts.events.Priority;
import io.parley.queue.line.EntryStatus;
import java.util.UUID;

/**
 * Where one conversation stands. {@code position} and {@code estimatedWaitSeconds} only while WAITING (the
 * estimate is null when no agent who could take it is online); {@code offerLeaveMessage} is true while it waits,
 * nobody who could take it is ONLINE and its department offers to leave a message.
 */
public record ConversationView(
        UUID conversationId,
        EntryStatus status,
        Integer position,
        String agentId,
        String department,
        Priority priority,
        Integer estimatedWaitSeconds,
        boolean offerLeaveMessage) {}
