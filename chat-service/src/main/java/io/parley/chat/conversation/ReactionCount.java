package io.parley.chat.conversation;

import java.util.List;

/** One emoji on a message: how many reacted with it and who, in the order they added it. */
public record ReactionCount(String emoji, int count, List<String> userIds) {}
