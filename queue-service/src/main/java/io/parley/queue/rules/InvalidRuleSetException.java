package io.parley.queue.rules;

import java.util.List;

/** A definition (or a request to store one) that cannot be accepted; nothing was changed. Answered with 400. */
class InvalidRuleSetException extends RuntimeException {
    private final List<RuleError> errors;

    InvalidRuleSetException(List<RuleError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    List<RuleError> errors() {
        return errors;
    }

    private static String summary(List<RuleError> errors) {
        RuleError first = errors.getFirst();
        String where = first.path().isEmpty() ? "" : first.path() + ": ";
        String more = errors.size() == 1 ? "" : " (and " + (errors.size() - 1) + " more, see errors)";
        return "the rule set is not valid: " + where + first.message() + more;
    }
}
