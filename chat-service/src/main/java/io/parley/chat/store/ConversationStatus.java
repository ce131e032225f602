package io.parley.chat.store;

/** Where a conversation is in its life: waiting for an agent, with an agent, or over. */
public enum ConversationStatus {
    QUEUED,
    ACTIVE,
    ENDED
}
