package io.parley.chat.conversation;

/** Input that breaks a rule; the message says which, in words a client developer can act on. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String reason) {
        super(reason);
    }
}
