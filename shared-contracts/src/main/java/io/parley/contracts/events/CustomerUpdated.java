package io.parley.contracts.events;

import java.time.Instant;
import java.util.Map;

/** Staff changed a customer's attributes (VIP and free-form attributes); it carries the full state. */
public record CustomerUpdated(String customerId, boolean vip, Map<String, String> attributes, Instant updatedAt) {}
