package io.parley.chat.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The current state of one user's reaction with one emoji on one message ({@code reactions}); its id is derived
 * from (conversation, message seq, user, emoji), so there is exactly one per such tuple. {@code active}: the
 * reaction is there; {@code seq}: the REACTION timeline event of its last change; {@code since}: when it was last
 * added (orders reactions in summaries).
 */
@Document("reactions")
public record Reaction(
        @Id UUID id,
        UUID conversationId,
        long targetSeq,
        String userId,
        String emoji,
        boolean active,
        long seq,
        Instant since) {

    /** The id of the reaction of {@code userId} with {@code emoji} on the message at {@code targetSeq}. */
    public static UUID key(UUID conversationId, long targetSeq, String userId, String emoji) {
        String cause = "reaction-state:" + conversationId + ":" + targetSeq + ":" + userId + ":" + emoji;
        return UUID.nameUUIDFromBytes(cause.getBytes(StandardCharsets.UTF_8));
    }
}
