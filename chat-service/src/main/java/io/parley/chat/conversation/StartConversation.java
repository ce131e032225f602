package io.parley.chat.conversation;

import java.util.UUID;

/** Body of {@code POST /api/v1/conversations}: the first message, and optionally a department. */
record StartConversation(UUID clientMessageId, String text, String department) {}
