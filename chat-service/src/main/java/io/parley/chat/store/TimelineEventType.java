package io.parley.chat.store;

/** Kinds of timeline entries (the {@code type} of {@link io.parley.contracts.stomp.ConversationEvent}). */
public enum TimelineEventType {
    MESSAGE,
    ASSIGNED,
    ENDED
}
