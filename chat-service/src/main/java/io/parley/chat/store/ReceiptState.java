package io.parley.chat.store;

import java.time.Instant;

/**
 * How far one side of a conversation (the customer, or the agent side) has received and read the other side's
 * messages: every message up to {@code deliveredUpTo} / {@code readUpTo} (0: none), and when that last advanced.
 * Both only grow, and {@code readUpTo <= deliveredUpTo} (reading implies having received).
 */
public record ReceiptState(long deliveredUpTo, Instant deliveredAt, long readUpTo, Instant readAt) {
    public static final String DELIVERED = "DELIVERED";
    public static final String READ = "READ";
    public static final ReceiptState NONE = new ReceiptState(0, null, 0, null);

    /** The state after a receipt; the same state (equal) if the receipt does not advance it. */
    public ReceiptState after(String status, long upToSeq, Instant at) {
        boolean read = READ.equals(status);
        long delivered = Math.max(deliveredUpTo, upToSeq);
        Instant newDeliveredAt = delivered > deliveredUpTo ? at : deliveredAt;
        if (!read) {
            return new ReceiptState(delivered, newDeliveredAt, readUpTo, readAt);
        }
        return upToSeq > readUpTo ? new ReceiptState(delivered, newDeliveredAt, upToSeq, at) : this;
    }
}
