package io.parley.queue.rules;

/**
 * The rule set in force. Implementations must give every queue-service instance the same answer within a
 * transaction that holds the queue lock (activation takes the same lock), e.g. by reading the active version
 * from the database.
 */
public interface ActiveRules {

    /** The version in force: 0 and {@link RuleSet#DEFAULT} until an admin activated one. */
    Versioned current();

    record Versioned(long version, RuleSet rules) {}
}
