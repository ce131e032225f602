package io.parley.chat.stomp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.contracts.stomp.SendMessage;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SendMessageParserTest {
    private final SendMessageParser parser = new SendMessageParser(JsonMapper.builder().build());

    @Test
    void wellFormedBodyIsRead() {
        UUID id = UUID.randomUUID();
        SendMessage message = parse("{\"clientMessageId\":\"" + id + "\",\"text\":\"hi\"}");

        assertThat(message).isEqualTo(new SendMessage(id, "hi"));
    }

    @Test
    void malformedJsonIsRefusedWithThatReason() {
        assertThatThrownBy(() -> parse("{\"text\": ")).isInstanceOf(StompRejection.class).hasMessage("malformed JSON");
        assertThatThrownBy(() -> parse("not json")).hasMessage("malformed JSON");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> parse("[1,2]")).hasMessageStartingWith("malformed JSON");
        assertThatThrownBy(() -> parse("")).hasMessageStartingWith("malformed JSON");
    }

    @Test
    void clientMessageIdMustBeAUuid() {
        assertThatThrownBy(() -> parse("{\"clientMessageId\":\"abc\",\"text\":\"hi\"}"))
                .hasMessage("clientMessageId must be a UUID");
        assertThatThrownBy(() -> parse("{\"clientMessageId\":42,\"text\":\"hi\"}"))
                .hasMessage("clientMessageId must be a UUID");
    }

    @Test
    void textMustBeAString() {
        assertThatThrownBy(() -> parse("{\"clientMessageId\":\"" + UUID.randomUUID() + "\",\"text\":{}}"))
                .hasMessage("text must be a string");
    }

    @Test
    void missingFieldsAreLeftForTheMessageRulesToName() {
        assertThat(parse("{}")).isEqualTo(new SendMessage(null, null));
    }

    private SendMessage parse(String body) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8));
    }
}
