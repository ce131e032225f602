package io.parley.queue.view;

import io.parley.queue.line.EntryStatus;
import java.util.UUID;

/** Where one conversation stands: {@code position} (1-based, in its lane) only while WAITING. */
record ConversationPosition(UUID conversationId, EntryStatus status, Integer position, String agentId) {}
