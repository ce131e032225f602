package io.parley.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An assigned conversation went back to the front of its department's lane because its agent did not reply in
 * time ({@link #NO_AGENT_REPLY}) or went offline and did not come back within the grace period
 * ({@link #AGENT_OFFLINE}).
 */
public record ConversationRequeued(
        UUID conversationId, String customerId, String fromAgentId, String department, String reason, Instant at) {

    public static final String NO_AGENT_REPLY = "NO_AGENT_REPLY";
    public static final String AGENT_OFFLINE = "AGENT_OFFLINE";
}
