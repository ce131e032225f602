package io.parley.chat.conversation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.parley.contracts.stomp.ConversationEvent;
import java.util.List;

/** A MESSAGE event as {@code GET /messages} shows it: the event's fields plus the reactions on it now. */
record MessageView(@JsonUnwrapped ConversationEvent event, List<ReactionCount> reactions) {}
