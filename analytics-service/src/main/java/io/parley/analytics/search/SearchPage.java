package io.parley.analytics.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of search hits and how many there are in all. */
record SearchPage(long total, int page, int size, List<Hit> hits) {

    /** A matching message; {@code snippet} is HTML-escaped text with the matched words in {@code <mark>}. */
    record Hit(
            UUID conversationId, String messageId, long seq, String senderId, String senderRole, Instant sentAt,
            String snippet) {}
}
