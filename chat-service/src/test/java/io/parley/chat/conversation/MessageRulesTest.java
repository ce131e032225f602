package io.parley.chat.conversation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageRulesTest {
    private static final UUID ID = UUID.randomUUID();

    @Test
    void textOfOneToFourThousandCharactersIsAccepted() {
        assertThatCode(() -> MessageRules.check(ID, "a")).doesNotThrowAnyException();
        assertThatCode(() -> MessageRules.check(ID, "a".repeat(4000))).doesNotThrowAnyException();
    }

    @Test
    void textLongerThanFourThousandCharactersIsRefused() {
        assertThatThrownBy(() -> MessageRules.check(ID, "a".repeat(4001)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("text longer than 4000 characters");
    }

    @Test
    void charactersAreCountedAsCodePointsSoEmojiCountOnceEach() {
        String emoji = "\uD83D\uDE00";
        assertThatCode(() -> MessageRules.check(ID, emoji.repeat(4000))).doesNotThrowAnyException();
        assertThatThrownBy(() -> MessageRules.check(ID, emoji.repeat(4001))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void emptyOrBlankTextIsRefused() {
        assertThatThrownBy(() -> MessageRules.check(ID, "")).hasMessage("text must not be empty");
        assertThatThrownBy(() -> MessageRules.check(ID, "  \n")).hasMessage("text must not be empty");
        assertThatThrownBy(() -> MessageRules.check(ID, null)).hasMessage("text must not be empty");
    }

    @Test
    void missingClientMessageIdIsRefused() {
        assertThatThrownBy(() -> MessageRules.check(null, "hello")).hasMessage("clientMessageId is required");
    }
}
