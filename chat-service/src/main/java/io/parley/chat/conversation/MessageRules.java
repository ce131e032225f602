package io.parley.chat.conversation;

import io.parley.contracts.stomp.SendMessage;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a message must be, for REST and STOMP alike: a client id, and 1 to 4000 characters of text; with 1 to 5
 * attachments (distinct file ids) the text may be empty.
 */
public final class MessageRules {

    private MessageRules() {}

    /** @throws InvalidInputException naming the first rule broken */
    public static void check(UUID clientMessageId, String text) {
        check(clientMessageId, text, List.of());
    }

    /** @throws InvalidInputException naming the first rule broken */
    public static void check(UUID clientMessageId, String text, List<UUID> attachments) {
        if (clientMessageId == null) {
            throw new InvalidInputException("clientMessageId is required");
        }
        List<UUID> files = attachments == null ? List.of() : attachments;
        if (files.size() > SendMessage.MAX_ATTACHMENTS) {
            throw new InvalidInputException("at most " + SendMessage.MAX_ATTACHMENTS + " attachments");
        }
        if (files.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("attachments must be file ids");
        }
        if (new HashSet<>(files).size() < files.size()) {
            throw new InvalidInputException("attachments must not name a file twice");
        }
        if ((text == null || text.isBlank()) && files.isEmpty()) {
            throw new InvalidInputException("text must not be empty");
        }
        if (text != null && text.codePointCount(0, text.length()) > SendMessage.MAX_TEXT_LENGTH) {
            throw new InvalidInputException("text longer than " + SendMessage.MAX_TEXT_LENGTH + " characters");
        }
    }
}
