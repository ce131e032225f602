package io.parley.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer started a conversation and it waits for an agent.
 *
 * @param priority the customer's choice in the pre-chat form, or null (routing rules, then MEDIUM)
 * @param skills skills the customer's choice requires (lower-case, may be empty, never null when sent)
 * @param customerEmail the email the customer gave, or null (routing rules may match its domain)
 * @param platform web, ios or android
 * @param text the first message (routing rules may match words in it)
 */
public record ConversationQueued(
        UUID conversationId,
        String customerId,
        String department,
        Priority priority,
        Instant queuedAt,
        List<String> skills,
        String customerEmail,
        String platform,
        String text) {

    /** A conversation with no skills, email, platform or text (tests and older producers). */
    public ConversationQueued(
            UUID conversationId, String customerId, String department, Priority priority, Instant queuedAt) {
        this(conversationId, customerId, department, priority, queuedAt, List.of(), null, null, null);
    }
}
