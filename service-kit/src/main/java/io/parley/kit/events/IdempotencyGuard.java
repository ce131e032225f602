package io.parley.kit.events;

import java.util.UUID;

/** Runs a handler at most once per event id, atomically with what the handler writes. */
public interface IdempotencyGuard {

    /** Runs {@code work} unless {@code eventId} was processed before; returns whether it ran. */
    boolean runOnce(UUID eventId, Runnable work);
}
