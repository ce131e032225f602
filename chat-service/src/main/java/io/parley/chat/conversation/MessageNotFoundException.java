package io.parley.chat.conversation;

/** No MESSAGE at that seq in the conversation (as the caller sees it). */
public class MessageNotFoundException extends RuntimeException {

    public MessageNotFoundException() {
        super("message not found");
    }
}
