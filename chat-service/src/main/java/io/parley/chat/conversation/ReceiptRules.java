package io.parley.chat.conversation;

import io.parley.chat.store.ReceiptState;
import java.util.Locale;

/** What a receipt must be: status DELIVERED or READ (any letter case), and 1 <= upToSeq <= the last seq. */
final class ReceiptRules {

    private ReceiptRules() {}

    /** The status in capitals. @throws InvalidInputException naming the first rule broken */
    static String check(String status, long upToSeq, long lastSeq) {
        String normalized = status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
        if (!normalized.equals(ReceiptState.DELIVERED) && !normalized.equals(ReceiptState.READ)) {
            throw new InvalidInputException("status must be DELIVERED or READ");
        }
        if (upToSeq < 1) {
            throw new InvalidInputException("upToSeq must be at least 1");
        }
        if (upToSeq > lastSeq) {
            throw new InvalidInputException("upToSeq must not be after the conversation's last event (" + lastSeq + ")");
        }
        return normalized;
    }
}
