package io.parley.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.AgentStatusChanged;
import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.Priority;
import io.parley.contracts.events.QueuePositionsChanged;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventCodecTest {
    private final EventCodec codec = new EventCodec(JsonMapper.builder().build());

    @Test
    void anEnvelopeComesBackAsTheSamePayloadRecord() {
        var queued = EventEnvelope.of(new ConversationQueued(
                UUID.randomUUID(), "customer-1", "support", Priority.HIGH, Instant.parse("2026-11-25T10:00:00Z")));

        EventEnvelope<?> decoded = codec.decode(codec.encode(queued));

        assertThat(decoded).isEqualTo(queued);
    }

    @Test
    void nestedRecordsAndEnumsSurviveTheRoundTrip() {
        var positions = EventEnvelope.of(new QueuePositionsChanged(
                List.of(new QueuePositionsChanged.Position(UUID.randomUUID(), "c", 2)), Instant.now()));
        var status = EventEnvelope.of(new AgentStatusChanged(
                "a", "Alice", AgentStatus.ONLINE, 3, List.of("sales"), Instant.now()));

        assertThat(codec.decode(codec.encode(positions))).isEqualTo(positions);
        assertThat(codec.decode(codec.encode(status))).isEqualTo(status);
    }

    @Test
    void anUnknownTypeOrBrokenJsonIsRefusedWithAReason() {
        String unknown = "{\"eventId\":\"" + UUID.randomUUID()
                + "\",\"type\":\"nobody.knows\",\"occurredAt\":\"2026-11-25T10:00:00Z\",\"payload\":{}}";

        assertThatThrownBy(() -> codec.decode(unknown.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nobody.knows");
        assertThatThrownBy(() -> codec.decode("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
