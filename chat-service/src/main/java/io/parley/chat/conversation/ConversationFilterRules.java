package io.parley.chat.conversation;

import io.parley.chat.store.ConversationFilter;
import io.parley.chat.store.ConversationStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the query of {@code GET /conversations}: status one of QUEUED, ACTIVE, ENDED; department as at the
 * start; ids at most 100 of {@code [A-Za-z0-9-]}; {@code from}/{@code to} ISO instants, {@code from} before
 * {@code to}; page ≥ 0; size 1..200 (default 50; the older {@code limit} stands in for it).
 */
final class ConversationFilterRules {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    private static final Pattern DEPARTMENT = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,100}");

    private ConversationFilterRules() {}

    static ConversationFilter from(String status, String department, String customerId, String agentId, String from,
            String to, Integer page, Integer size, Integer limit) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidInputException("from must be before to");
        }
        int pageNo = page == null ? 0 : page;
        if (pageNo < 0) {
            throw new InvalidInputException("page must be 0 or more");
        }
        int pageSize = size != null ? size : limit != null ? Math.clamp(limit, 1, MAX_SIZE) : DEFAULT_SIZE;
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new InvalidInputException("size must be between 1 and " + MAX_SIZE);
        }
        return new ConversationFilter(status(status), department(department), id("customerId", customerId),
                id("agentId", agentId), start, end, pageNo, pageSize);
    }

    private static ConversationStatus status(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return ConversationStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status must be QUEUED, ACTIVE or ENDED");
        }
    }

    private static String department(String value) {
        if (blank(value)) {
            return null;
        }
        String name = value.trim().toLowerCase(Locale.ROOT);
        if (!DEPARTMENT.matcher(name).matches()) {
            throw new InvalidInputException("department must be 1 to 40 letters, digits or dashes");
        }
        return name;
    }

    private static String id(String field, String value) {
        if (blank(value)) {
            return null;
        }
        if (!ID.matcher(value.trim()).matches()) {
            throw new InvalidInputException(field + " must be at most 100 letters, digits or dashes");
        }
        return value.trim();
    }

    private static Instant instant(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field + " must be an ISO-8601 instant such as 2026-01-31T09:00:00Z");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
