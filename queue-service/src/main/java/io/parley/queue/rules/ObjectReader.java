package io.parley.queue.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * One JSON object of a definition, read field by field. Every problem (an unknown field, a wrong type, a value
 * out of range) becomes a {@link RuleError} at the field's path instead of an exception, so one pass reports
 * them all; a field that is absent, JSON null or wrong reads as null.
 */
final class ObjectReader {
    static final long MAX_SECONDS = 7 * 24 * 3600;
    static final int MAX_ITEMS = 100;
    static final int MAX_TEXT = 200;

    private final JsonNode node;
    private final String path;
    private final List<RuleError> errors;

    private ObjectReader(JsonNode node, String path, List<RuleError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** Reads {@code node} as an object at {@code path}; null (and an error) when it is not one. */
    static ObjectReader of(JsonNode node, String path, List<RuleError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new RuleError(path, "must be an object"));
            return null;
        }
        return new ObjectReader(node, path, errors);
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void error(String at, String message) {
        errors.add(new RuleError(at, message));
    }

    /** Reports every field not among {@code allowed}. */
    void allowOnly(String... allowed) {
        List<String> names = List.of(allowed);
        for (String name : node.propertyNames()) {
            if (!names.contains(name)) {
                error(pathOf(name), "unknown field '" + name + "' (allowed: " + String.join(", ", names) + ")");
            }
        }
    }

    Set<Map.Entry<String, JsonNode>> fields() {
        return node.properties();
    }

    /** The field's value; null when absent or JSON null. */
    JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    ObjectReader object(String field) {
        JsonNode value = value(field);
        return value == null ? null : of(value, pathOf(field), errors);
    }

    String string(String field) {
        JsonNode value = value(field);
        if (value != null && !value.isString()) {
            error(pathOf(field), "must be a string");
            return null;
        }
        return value == null ? null : value.stringValue();
    }

    Boolean bool(String field) {
        JsonNode value = value(field);
        if (value != null && !value.isBoolean()) {
            error(pathOf(field), "must be true or false");
            return null;
        }
        return value == null ? null : value.booleanValue();
    }

    /** A whole number of seconds from 0 to 7 days. */
    Long seconds(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        String at = pathOf(field);
        if (!value.isNumber()) {
            error(at, "must be a number of seconds");
        } else if (!value.isIntegralNumber()) {
            error(at, "must be a whole number of seconds");
        } else if (!value.canConvertToLong() ? value.bigIntegerValue().signum() < 0 : value.longValue() < 0) {
            error(at, "must not be negative");
        } else if (!value.canConvertToLong() || value.longValue() > MAX_SECONDS) {
            error(at, "must be at most " + MAX_SECONDS + " seconds (7 days)");
        } else {
            return value.longValue();
        }
        return null;
    }

    /** One of the constants of {@code type}, spelled exactly (enum values are case-sensitive). */
    <E extends Enum<E>> E choice(String field, Class<E> type, String what) {
        String value = string(field);
        if (value == null) {
            return null;
        }
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        String hint = Arrays.stream(constants)
                .filter(c -> c.name().equalsIgnoreCase(value))
                .map(c -> " (values are case-sensitive: did you mean '" + c.name() + "'?)")
                .findFirst()
                .orElse("");
        String names = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
        error(pathOf(field), "unknown " + what + " '" + value + "': one of " + names + hint);
        return null;
    }

    /**
     * A non-empty list of at most 100 distinct strings, lower-cased, each 1 to 200 characters and passed to
     * {@code check} (which reports what it does not accept) with its path.
     */
    List<String> names(String field, BiConsumer<String, String> check) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        String at = pathOf(field);
        if (!value.isArray()) {
            error(at, "must be a list of strings");
            return null;
        }
        if (value.size() == 0) {
            error(at, "must not be empty (leave the field out instead)");
            return null;
        }
        if (value.size() > MAX_ITEMS) {
            error(at, "has " + value.size() + " items, at most " + MAX_ITEMS + " are allowed");
            return null;
        }
        Set<String> result = new LinkedHashSet<>();
        int index = 0;
        for (JsonNode item : value.values()) {
            String itemAt = at + "[" + index++ + "]";
            if (!item.isString()) {
                error(itemAt, "must be a string");
            } else if (item.stringValue().isBlank()) {
                error(itemAt, "must not be blank");
            } else if (item.stringValue().length() > MAX_TEXT) {
                error(itemAt, "is longer than " + MAX_TEXT + " characters");
            } else {
                String name = lower(item.stringValue());
                check.accept(name, itemAt);
                result.add(name);
            }
        }
        return List.copyOf(result);
    }

    /** The items of a list of at most {@code max} {@code what}; null when absent or not a list. */
    List<JsonNode> items(String field, int max, String what) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            error(pathOf(field), "must be a list");
            return null;
        }
        if (value.size() > max) {
            error(pathOf(field), "has " + value.size() + " " + what + ", at most " + max + " are allowed");
        }
        return new ArrayList<>(value.values());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
