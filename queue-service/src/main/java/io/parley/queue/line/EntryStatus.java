package io.parley.queue.line;

/** Where a conversation is in the line. */
public enum EntryStatus {
    WAITING,
    ASSIGNED,
    ENDED
}
