package io.parley.user.customer;

import io.parley.user.web.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Body of {@code PUT /api/v1/customers/{customerId}}: {@code vip} is required; omitted {@code attributes} keep
 * the current ones, given ones replace them all.
 */
record CustomerRequest(Boolean vip, Map<String, String> attributes) {
    static final int MAX_ATTRIBUTES = 20;
    static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern KEY = Pattern.compile("[a-zA-Z0-9_.-]{1,40}");

    /** The checked change; throws {@link BadInputException} naming every problem. */
    CustomerChange validated() {
        List<String> errors = new ArrayList<>();
        if (vip == null) {
            errors.add("vip is required");
        }
        if (attributes != null) {
            checkAttributes(errors);
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(String.join("; ", errors.stream().distinct().toList()));
        }
        return new CustomerChange(vip, attributes == null ? null : Map.copyOf(attributes));
    }

    private void checkAttributes(List<String> errors) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            errors.add("attributes must have at most " + MAX_ATTRIBUTES + " entries");
            return;
        }
        attributes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String key = entry.getKey();
            String value = entry.getValue();
            if (!KEY.matcher(key).matches()) {
                errors.add("attribute keys must be 1 to 40 characters of a-z, A-Z, 0-9, _, . and -");
            } else if (value == null) {
                errors.add("attributes." + key + " must be a string");
            } else if (value.codePointCount(0, value.length()) > MAX_VALUE_LENGTH) {
                errors.add("attributes." + key + " must be at most " + MAX_VALUE_LENGTH + " characters");
            }
        });
    }

    /** A checked change; null attributes keep the current ones. */
    record CustomerChange(boolean vip, Map<String, String> attributes) {}
}
