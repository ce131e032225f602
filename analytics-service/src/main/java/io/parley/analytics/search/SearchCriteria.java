package io.parley.analytics.search;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A validated search request: {@code words} are plain words (1–200 characters, never query syntax), optional
 * filters, and a page of at most {@value #MAX_SIZE} hits within the first {@value #MAX_WINDOW} results.
 */
record SearchCriteria(
        String words, UUID conversationId, String customerId, String agentId, Instant from, Instant to, int page,
        int size) {
    static final int MAX_WORDS = 200;
    static final int MAX_SIZE = 50;
    static final int MAX_WINDOW = 10_000;
    private static final int MAX_ID = 100;

    /** Checks every parameter; anything wrong is a 400 naming the parameter. */
    static SearchCriteria parse(
            String q, String conversationId, String customerId, String agentId, String from, String to, int page,
            int size) {
        String words = q == null ? "" : q.strip();
        if (words.isEmpty() || words.length() > MAX_WORDS) {
            throw bad("q must be 1 to " + MAX_WORDS + " characters of text");
        }
        if (page < 0) {
            throw bad("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw bad("size must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size + size > MAX_WINDOW) {
            throw bad("only the first " + MAX_WINDOW + " results can be paged through; narrow the search");
        }
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw bad("from must not be after to");
        }
        return new SearchCriteria(words, uuid(conversationId), id("customerId", customerId), id("agentId", agentId),
                start, end, page, size);
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw bad("conversationId must be a UUID");
        }
    }

    private static String id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_ID) {
            throw bad(name + " must be at most " + MAX_ID + " characters");
        }
        return value.strip();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad(name + " must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }

    private static ResponseStatusException bad(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
