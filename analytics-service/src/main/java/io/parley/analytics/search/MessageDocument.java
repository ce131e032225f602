package io.parley.analytics.search;

/** A message as stored in the messages index ({@code sentAt} as an ISO-8601 instant). */
record MessageDocument(
        String conversationId, String messageId, long seq, String senderId, String senderRole, String text,
        String sentAt) {}
