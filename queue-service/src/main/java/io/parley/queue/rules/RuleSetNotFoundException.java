package io.parley.queue.rules;

/** No stored version has this number (or the path does not name a version). Answered with 404. */
class RuleSetNotFoundException extends RuntimeException {
    RuleSetNotFoundException(String version) {
        super("rule set version " + version + " not found");
    }
}
