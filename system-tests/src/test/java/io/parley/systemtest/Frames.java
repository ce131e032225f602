package io.parley.systemtest;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Readings over recorded STOMP frames and history entries. */
final class Frames {
    private Frames() {}

    /** One message as every side sees it: id, position, text and the sender's id for it. */
    record Line(String id, long seq, String text, String clientMessageId) {}

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static List<JsonNode> ofType(List<JsonNode> frames, UUID conversationId, String type) {
        return frames.stream()
                .filter(frame -> conversationId.toString().equals(text(frame, "conversationId")))
                .filter(frame -> type.equals(text(frame, "type")))
                .toList();
    }

    static List<JsonNode> messages(List<JsonNode> frames, UUID conversationId) {
        return ofType(frames, conversationId, "MESSAGE");
    }

    static List<JsonNode> assigned(List<JsonNode> frames, UUID conversationId) {
        return ofType(frames, conversationId, "ASSIGNED");
    }

    /** The positions pushed for the conversation, in arrival order. */
    static List<Integer> positions(List<JsonNode> frames, UUID conversationId) {
        return ofType(frames, conversationId, "QUEUE_POSITION").stream()
                .map(frame -> frame.get("position").asInt())
                .toList();
    }

    /** MESSAGE events whose clientMessageId is one of the given ones, in the order given. */
    static List<JsonNode> sentAs(List<JsonNode> frames, UUID conversationId, Set<UUID> clientMessageIds) {
        return messages(frames, conversationId).stream()
                .filter(frame -> clientMessageIds.contains(uuid(frame, "clientMessageId")))
                .toList();
    }

    /** Acks of the given conversation and clientMessageId. */
    static List<JsonNode> acks(List<JsonNode> acks, UUID conversationId, UUID clientMessageId) {
        return acks.stream()
                .filter(ack -> conversationId.toString().equals(text(ack, "conversationId")))
                .filter(ack -> clientMessageId.equals(uuid(ack, "clientMessageId")))
                .toList();
    }

    static List<Line> lines(List<JsonNode> events) {
        return events.stream()
                .map(event -> new Line(text(event, "id"), event.get("seq").asLong(), text(event, "text"),
                        text(event, "clientMessageId")))
                .toList();
    }

    private static UUID uuid(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : UUID.fromString(value);
    }

    /** The first ack of each clientMessageId, in the order of the ids given (missing ones are left out). */
    static List<JsonNode> acksOf(List<JsonNode> acks, UUID conversationId, List<UUID> clientMessageIds) {
        return clientMessageIds.stream()
                .map(id -> acks(acks, conversationId, id))
                .filter(found -> !found.isEmpty())
                .map(List::getFirst)
                .toList();
    }
}
