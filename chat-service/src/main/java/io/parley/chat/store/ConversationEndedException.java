package io.parley.chat.store;

/** Nothing more can be added to an ended conversation's timeline. */
public class ConversationEndedException extends RuntimeException {

    public ConversationEndedException() {
        super("conversation has ended");
    }
}
