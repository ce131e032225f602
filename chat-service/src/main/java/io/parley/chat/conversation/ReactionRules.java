package io.parley.chat.conversation;

import io.parley.contracts.stomp.SendReaction;
import java.util.Locale;

/**
 * What a reaction must be: a {@code targetSeq} of at least 1, {@code op} ADD or REMOVE (any letter case), and
 * one emoji: 1 to 8 code points, each an emoji or an emoji component (joiner, variation selector, skin tone,
 * keycap, tag), at least one of them a pictograph, and no letters, digits, whitespace or markup characters.
 */
final class ReactionRules {
    static final int MAX_EMOJI_CODE_POINTS = 8;
    static final String EMOJI_RULE =
            "emoji must be one emoji: 1 to 8 code points, no letters, digits, whitespace or markup";
    private static final String MARKUP = "<>&\"'`/\\=";

    private ReactionRules() {}

    /** The op in capitals. @throws InvalidInputException naming the first rule broken */
    static String op(String op) {
        String normalized = op == null ? "" : op.strip().toUpperCase(Locale.ROOT);
        if (!normalized.equals(SendReaction.ADD) && !normalized.equals(SendReaction.REMOVE)) {
            throw new InvalidInputException("op must be ADD or REMOVE");
        }
        return normalized;
    }

    static void targetSeq(long targetSeq) {
        if (targetSeq < 1) {
            throw new InvalidInputException("targetSeq must be at least 1");
        }
    }

    /** @throws InvalidInputException if the value is not one emoji */
    static String emoji(String emoji) {
        if (emoji == null || emoji.isEmpty()) {
            throw new InvalidInputException("emoji is required");
        }
        if (emoji.codePointCount(0, emoji.length()) > MAX_EMOJI_CODE_POINTS) {
            throw new InvalidInputException(EMOJI_RULE);
        }
        boolean pictograph = false;
        for (int cp : emoji.codePoints().toArray()) {
            if (Character.isLetter(cp) || Character.isDigit(cp) || Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp) || Character.isISOControl(cp) || MARKUP.indexOf(cp) >= 0
                    || !(Character.isEmoji(cp) || Character.isEmojiComponent(cp))) {
                throw new InvalidInputException(EMOJI_RULE);
            }
            pictograph |= Character.isEmoji(cp) && cp != '#' && cp != '*';
        }
        if (!pictograph) {
            throw new InvalidInputException(EMOJI_RULE);
        }
        return emoji;
    }
}
