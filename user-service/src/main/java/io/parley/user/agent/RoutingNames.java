package io.parley.user.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Checks and normalises a list of department or skill names: lower-cased, distinct, sorted. */
final class RoutingNames {
    static final int MAX_ITEMS = 20;
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");

    private RoutingNames() {}

    /**
     * The names lower-cased, without duplicates, sorted; {@code required}: at least one. Problems (naming the
     * field and the first bad item's index, never echoing input) are added to {@code errors}; the result is then
     * meaningless.
     */
    static List<String> normalise(String field, List<String> names, boolean required, List<String> errors) {
        TreeSet<String> distinct = new TreeSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? null : names.get(i).toLowerCase(Locale.ROOT);
            if (name == null || !NAME.matcher(name).matches()) {
                errors.add(field + "[" + i + "] must be 1 to 40 characters of a-z, 0-9 and -");
                return List.of();
            }
            distinct.add(name);
        }
        if (distinct.size() > MAX_ITEMS) {
            errors.add(field + " must have at most " + MAX_ITEMS + " distinct items");
        }
        if (names.isEmpty() && required) {
            errors.add(field + " must not be empty");
        }
        return new ArrayList<>(distinct);
    }
}
