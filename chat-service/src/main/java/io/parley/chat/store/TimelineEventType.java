package io.parley.chat.store;

/** Kinds of timeline entries (the {@code type} of {@link io.parley.contracts.stomp.ConversationEvent}). */
public enum TimelineEventType {
    MESSAGE,
    ASSIGNED,
    ENDED,
    TRANSFERRED,
    REQUEUED,
    /** A note for staff only (written with a transfer): never shown or sent to the customer. */
    NOTE,
    /** A participant's read receipt ({@code receiptStatus}, {@code upToSeq}); announces nothing on the bus. */
    RECEIPT,
    /** A participant reopened the ENDED conversation: it waits in line again. */
    REOPENED,
    /** An emoji reaction added to or removed from the MESSAGE at {@code targetSeq}. */
    REACTION
}
