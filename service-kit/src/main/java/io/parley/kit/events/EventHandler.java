package io.parley.kit.events;

/**
 * Handles one event type for a consuming service. Declare it as a bean; the service's queue must be bound to
 * {@link #type()} in {@code parley.events.bindings}.
 */
public interface EventHandler<T> {

    String type();

    void handle(java.util.UUID eventId, T payload);
}
