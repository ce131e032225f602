package io.parley.chat.stomp;

import io.parley.contracts.stomp.SendMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a SEND frame's body as {@link SendMessage}, naming what is wrong with it. Missing fields are left
 * null for {@link io.parley.chat.conversation.MessageRules} to report.
 */
final class SendMessageParser {
    private final JsonMapper json;

    SendMessageParser(JsonMapper json) {
        this.json = json;
    }

    SendMessage parse(byte[] body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            throw new StompRejection("malformed JSON");
        }
        if (node == null || !node.isObject()) {
            throw new StompRejection("malformed JSON: expected an object {clientMessageId, text, attachments?}");
        }
        return new SendMessage(clientMessageId(node.get("clientMessageId")), text(node.get("text")),
                attachments(node.get("attachments")));
    }

    private static List<UUID> attachments(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new StompRejection("attachments must be a list of file ids");
        }
        List<UUID> ids = new ArrayList<>();
        for (JsonNode item : value) {
            try {
                if (!item.isString()) {
                    throw new IllegalArgumentException("not a string");
                }
                ids.add(UUID.fromString(item.asString()));
            } catch (IllegalArgumentException notAUuid) {
                throw new StompRejection("attachments must be a list of file ids");
            }
        }
        return ids;
    }

    private static UUID clientMessageId(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            if (value.isString()) {
                return UUID.fromString(value.asString());
            }
        } catch (IllegalArgumentException notAUuid) {
            // reported below
        }
        throw new StompRejection("clientMessageId must be a UUID");
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new StompRejection("text must be a string");
        }
        return value.asString();
    }
}
