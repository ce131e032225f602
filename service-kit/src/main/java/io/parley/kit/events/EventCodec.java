package io.parley.kit.events;

import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.EventTypes;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Event envelopes to JSON bytes and back; the payload record is chosen by the envelope's type. */
public class EventCodec {
    private final JsonMapper json;

    public EventCodec(JsonMapper json) {
        this.json = json;
    }

    public byte[] encode(EventEnvelope<?> envelope) {
        return json.writeValueAsBytes(envelope);
    }

    public String encodeToString(EventEnvelope<?> envelope) {
        return json.writeValueAsString(envelope);
    }

    /** Decodes an envelope; throws {@link IllegalArgumentException} for an unknown type or malformed JSON. */
    public EventEnvelope<?> decode(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            String type = node.path("type").asString();
            Object payload = json.treeToValue(node.get("payload"), EventTypes.payloadType(type));
            return new EventEnvelope<>(
                    UUID.fromString(node.path("eventId").asString()),
                    type,
                    Instant.parse(node.path("occurredAt").asString()),
                    payload);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("undecodable event: " + e.getMessage(), e);
        }
    }
}
