package io.parley.chat.conversation;

import io.parley.contracts.stomp.SendMessage;
import java.util.UUID;

/** What a message must be, for REST and STOMP alike: a client id, and 1 to 4000 characters of text. */
public final class MessageRules {

    private MessageRules() {}

    /** @throws InvalidInputException naming the first rule broken */
    public static void check(UUID clientMessageId, String text) {
        if (clientMessageId == null) {
            throw new InvalidInputException("clientMessageId is required");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text must not be empty");
        }
        if (text.codePointCount(0, text.length()) > SendMessage.MAX_TEXT_LENGTH) {
            throw new InvalidInputException("text longer than " + SendMessage.MAX_TEXT_LENGTH + " characters");
        }
    }
}
