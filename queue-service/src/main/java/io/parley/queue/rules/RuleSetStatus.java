package io.parley.queue.rules;

/** A stored version is written as a DRAFT, becomes ACTIVE when activated and RETIRED when another one is. */
public enum RuleSetStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
