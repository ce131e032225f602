package io.parley.chat.conversation;

/** The caller may see the conversation but not do this to it. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String reason) {
        super(reason);
    }
}
