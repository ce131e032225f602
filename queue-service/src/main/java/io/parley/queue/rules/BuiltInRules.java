package io.parley.queue.rules;

import org.springframework.stereotype.Component;

/** Version 0, the built-in default. Replaced by the stored, versioned rules. */
@Component
class BuiltInRules implements ActiveRules {
    @Override
    public Versioned current() {
        return new Versioned(0, RuleSet.DEFAULT);
    }
}
