package io.parley.queue.rules;

import org.springframework.stereotype.Component;

/**
 * The rule set in force, read from {@code rule_sets} on every call (one indexed lookup of the ACTIVE version),
 * so every queue-service instance sees an activation as soon as it commits; inside a transaction that holds
 * the queue lock the answer cannot change, because activation takes the same lock. Definitions never change
 * once stored, so the parsed rules of the last version seen are kept.
 */
@Component
class JdbcActiveRules implements ActiveRules {
    private static final Versioned BUILT_IN = new Versioned(0, RuleSet.DEFAULT);

    private final RuleSetStore store;
    private volatile Versioned last = BUILT_IN;

    JdbcActiveRules(RuleSetStore store) {
        this.store = store;
    }

    @Override
    public Versioned current() {
        Long version = store.activeVersion().orElse(null);
        if (version == null) {
            return BUILT_IN;
        }
        Versioned known = last;
        if (known.version() == version) {
            return known;
        }
        Versioned loaded = new Versioned(version, store.rules(version));
        last = loaded;
        return loaded;
    }
}
