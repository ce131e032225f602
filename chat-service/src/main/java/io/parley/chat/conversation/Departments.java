package io.parley.chat.conversation;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The department a new conversation goes to: the one asked for, or {@code PARLEY_DEFAULT_DEPARTMENT}. */
@Component
class Departments {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final String defaultDepartment;

    Departments(@Value("${parley.default-department:support}") String defaultDepartment) {
        this.defaultDepartment = defaultDepartment;
    }

    String resolve(String requested) {
        if (requested == null || requested.isBlank()) {
            return defaultDepartment;
        }
        String name = requested.trim().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInputException("department must be 1 to 40 letters, digits or dashes");
        }
        return name;
    }
}
