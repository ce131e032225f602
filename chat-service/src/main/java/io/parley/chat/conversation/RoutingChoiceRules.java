package io.parley.chat.conversation;

import io.parley.chat.store.RoutingChoice;
import io.parley.contracts.events.Priority;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a customer may choose for routing when starting a conversation: a priority among LOW, MEDIUM, HIGH and
 * URGENT (optional; any letter case), and 0 to 10 skills of 1 to 40 letters, digits or dashes each, lower-cased,
 * duplicates dropped (first occurrence kept).
 */
final class RoutingChoiceRules {
    static final int MAX_SKILLS = 10;
    private static final Pattern SKILL = Pattern.compile("[a-z0-9-]{1,40}");

    private RoutingChoiceRules() {}

    /** @throws InvalidInputException naming the first rule broken */
    static RoutingChoice from(StartConversation body) {
        return new RoutingChoice(priority(body.priority()), skills(body.skills()));
    }

    private static Priority priority(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Priority.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("priority must be one of LOW, MEDIUM, HIGH, URGENT");
        }
    }

    private static List<String> skills(List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_SKILLS) {
            throw new InvalidInputException("skills must have at most " + MAX_SKILLS + " items");
        }
        Set<String> skills = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String skill = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
            if (!SKILL.matcher(skill).matches()) {
                throw new InvalidInputException("skills[" + i + "] must be 1 to 40 letters, digits or dashes");
            }
            skills.add(skill);
        }
        return new ArrayList<>(skills);
    }
}
