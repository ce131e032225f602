package io.parley.contracts.stomp;

/** Every message of the other side with {@code seq <= upToSeq} was DELIVERED to / READ by the sender. */
public record SendReceipt(String status, long upToSeq) {
    public static final String DELIVERED = "DELIVERED";
    public static final String READ = "READ";
}
