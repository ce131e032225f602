package io.parley.user.customer;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** A customer as the API shows it; attributes sorted by key; {@code updatedAt} null when nobody set it yet. */
record Customer(String customerId, boolean vip, Map<String, String> attributes, Instant updatedAt) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,100}");

    Customer {
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    /** What a customer nobody has set looks like. */
    static Customer unset(String customerId) {
        return new Customer(customerId, false, Map.of(), null);
    }

    /** Whether {@code id} can be a customer id at all (anything else is answered 404). */
    static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
