package io.parley.chat.store;

/** Kinds of timeline entries (the {@code type} of {@link io.parley.contracts.stomp.ConversationEvent}). */
public enum TimelineEventType {
    MESSAGE,
    ASSIGNED,
    ENDED,
    TRANSFERRED,
    REQUEUED,
    /** A note for staff only (written with a transfer): never shown or sent to the customer. */
    NOTE
}
