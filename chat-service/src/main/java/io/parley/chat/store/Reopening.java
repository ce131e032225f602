package io.parley.chat.store;

import java.time.Instant;

/**
 * How often an ENDED conversation was reopened and when last ({@code reopened} of the conversation document;
 * null while never). Event ids of its later lifecycle events include {@code count}, so each reopening announces
 * itself and its end anew.
 */
public record Reopening(int count, Instant at) {}
