package io.parley.chat.conversation;

import java.util.List;
import java.util.UUID;

/**
 * Body of {@code POST /api/v1/conversations}: the first message, and optionally a department, what the customer
 * tells about themselves (checked by {@link CustomerDetailsRules}) and their routing choice: a priority and the
 * skills needed (checked by {@link RoutingChoiceRules}).
 */
record StartConversation(
        UUID clientMessageId,
        String text,
        String department,
        String customerName,
        String customerEmail,
        String platform,
        String pageUrl,
        String userAgent,
        String priority,
        List<String> skills) {}
