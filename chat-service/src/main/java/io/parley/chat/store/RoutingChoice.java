package io.parley.chat.store;

import io.parley.contracts.events.Priority;
import java.util.List;

/**
 * What the customer chose for routing when starting a conversation: a priority (null: none chosen) and the skills
 * the conversation needs (lower-case, no duplicates, never null). Documents older than these fields have none.
 */
public record RoutingChoice(Priority priority, List<String> skills) {

    /** No priority chosen and no skills needed. */
    public static final RoutingChoice NONE = new RoutingChoice(null, List.of());

    public RoutingChoice {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
