package io.parley.chat.store;

/**
 * What the customer told about themselves when starting a conversation, and where they wrote from. Every field
 * but {@code platform} may be null; documents written before these existed have no details at all.
 */
public record CustomerDetails(String name, String email, String platform, String pageUrl, String userAgent) {

    /** No details: a conversation started from the web without a pre-chat form. */
    public static final CustomerDetails NONE = new CustomerDetails(null, null, "web", null, null);
}
