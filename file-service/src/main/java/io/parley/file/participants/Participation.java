package io.parley.file.participants;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One conversation as file-service knows it.
 *
 * @param agentId the assigned agent, or null while it waits
 * @param changedAt when the last applied event happened (older events are not applied)
 */
@Document("participations")
public record Participation(
        @Id String conversationId, String customerId, String agentId, boolean ended, Instant changedAt) {

    /** The conversation's customer or its assigned agent. */
    public boolean isParticipant(String userId) {
        return userId != null && (userId.equals(customerId) || userId.equals(agentId));
    }
}
