package io.parley.chat.stomp;

import io.parley.contracts.stomp.SendReaction;
import io.parley.contracts.stomp.SendReceipt;
import io.parley.contracts.stomp.SendTyping;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bodies of the receipt, reaction and typing SEND frames, naming what is wrong with them. A missing
 * number is read as 0 and a missing text as null, for the application rules to report.
 */
final class FrameBodies {
    private final JsonMapper json;

    FrameBodies(JsonMapper json) {
        this.json = json;
    }

    SendReceipt receipt(byte[] body) {
        JsonNode node = object(body, "{status, upToSeq}");
        return new SendReceipt(text(node, "status"), number(node, "upToSeq"));
    }

    SendReaction reaction(byte[] body) {
        JsonNode node = object(body, "{targetSeq, emoji, op}");
        return new SendReaction(number(node, "targetSeq"), text(node, "emoji"), text(node, "op"));
    }

    SendTyping typing(byte[] body) {
        JsonNode value = object(body, "{typing}").get("typing");
        if (value == null || !value.isBoolean()) {
            throw new StompRejection("typing must be true or false");
        }
        return new SendTyping(value.asBoolean());
    }

    private JsonNode object(byte[] body, String shape) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            throw new StompRejection("malformed JSON");
        }
        if (node == null || !node.isObject()) {
            throw new StompRejection("malformed JSON: expected an object " + shape);
        }
        return node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new StompRejection(field + " must be a string");
        }
        return value.asString();
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new StompRejection(field + " must be a whole number");
        }
        return value.asLong();
    }
}
