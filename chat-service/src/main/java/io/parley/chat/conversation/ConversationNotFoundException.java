package io.parley.chat.conversation;

/** The conversation does not exist or the caller may not see it (the two are not told apart). */
public class ConversationNotFoundException extends RuntimeException {

    public ConversationNotFoundException() {
        super("conversation not found");
    }
}
