package io.parley.contracts.stomp;

/** Add or remove one emoji reaction on the message at {@code targetSeq}. */
public record SendReaction(long targetSeq, String emoji, String op) {
    public static final String ADD = "ADD";
    public static final String REMOVE = "REMOVE";
}
