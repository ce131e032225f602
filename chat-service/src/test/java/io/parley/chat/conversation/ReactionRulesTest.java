package io.parley.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReactionRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D\uDC4D", "\u2764\uFE0F", "\uD83D\uDC4D\uD83C\uDFFD", "\uD83C\uDDEB\uD83C\uDDF7",
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83C\uDF89", "\u2705"})
    void oneEmojiWithItsModifiersJoinersAndSelectorsIsAccepted(String emoji) {
        assertThat(ReactionRules.emoji(emoji)).isEqualTo(emoji);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "ok", "1", "1\uFE0F\u20E3", " ", "\uD83D\uDC4D ", "<", "<b>\uD83D\uDC4D</b>", "&amp;",
            ":)", "!", "\u200D", "\uD83D\uDC4D\uD83D\uDC4D\uD83D\uDC4D\uD83D\uDC4D\uD83D\uDC4D\uD83D\uDC4D\uD83D\uDC4D\uD83D\uDC4D\uD83D\uDC4D"})
    void lettersDigitsWhitespaceMarkupPunctuationAndTooManyCodePointsAreRefused(String emoji) {
        assertThatThrownBy(() -> ReactionRules.emoji(emoji))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(ReactionRules.EMOJI_RULE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"add", "REMOVE", " Add "})
    void opIsAddOrRemoveInAnyCase(String op) {
        assertThat(ReactionRules.op(op)).isIn("ADD", "REMOVE");
    }
}
