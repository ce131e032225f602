package io.parley.queue.rules;

/**
 * One thing wrong with a rule set definition.
 *
 * @param path where, relative to the definition: {@code departments.sales.overflow.to}, {@code rules[0].then.priority}
 *     (empty for the definition as a whole)
 * @param message what is wrong, for a human
 */
public record RuleError(String path, String message) {}
