package io.parley.queue.rules;

/**
 * Published (as a Spring application event) inside the transaction that activated a version; a listener
 * that wants to act on the new rules at once should use {@code @TransactionalEventListener} (after commit).
 * Version 0 means the built-in default is in force again.
 */
public record RuleSetActivated(long version) {}
