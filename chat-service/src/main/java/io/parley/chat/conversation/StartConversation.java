package io.parley.chat.conversation;

import java.util.UUID;

/**
 * Body of {@code POST /api/v1/conversations}: the first message, and optionally a department and what the customer
 * tells about themselves (checked by {@link CustomerDetailsRules}).
 */
record StartConversation(
        UUID clientMessageId,
        String text,
        String department,
        String customerName,
        String customerEmail,
        String platform,
        String pageUrl,
        String userAgent) {}
