package io.parley.chat.store;

/**
 * A conversation's receipt summary ({@code receipts} of the conversation document): how far the customer has
 * received and read the agent side's messages, and how far the agent side has the customer's. Null parts (and a
 * null summary in documents older than receipts) mean nothing received yet.
 */
public record Receipts(ReceiptState customer, ReceiptState agent) {
    public static final Receipts NONE = new Receipts(ReceiptState.NONE, ReceiptState.NONE);

    public Receipts {
        customer = customer == null ? ReceiptState.NONE : customer;
        agent = agent == null ? ReceiptState.NONE : agent;
    }

    /** The state of one side: {@link TimelineEvent#CUSTOMER} or {@link TimelineEvent#AGENT}. */
    public ReceiptState of(String role) {
        return TimelineEvent.CUSTOMER.equals(role) ? customer : agent;
    }

    /** The document field holding one side's state. */
    static String field(String role) {
        return "receipts." + (TimelineEvent.CUSTOMER.equals(role) ? "customer" : "agent");
    }
}
