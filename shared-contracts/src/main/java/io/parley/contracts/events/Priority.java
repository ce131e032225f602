package io.parley.contracts.events;

/** Priority of a waiting conversation, lowest first. */
public enum Priority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT
}
