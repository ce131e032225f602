/**
 * Routing rules: the versioned rule sets admins write (department policies, aging, rules applied at queue time,
 * escalations, requeue timings), their parsing and validation against the agents' departments and skills
 * ({@link io.parley.queue.rules.RuleSetParser}), their storage in {@code rule_sets} and activation under the
 * queue lock ({@link io.parley.queue.rules.RuleSets}, REST at {@code /api/v1/queue/rules}), the rule set in
 * force ({@link io.parley.queue.rules.ActiveRules}, read from the database by every instance) and the pure
 * evaluation of rules on a new conversation ({@link io.parley.queue.rules.Routing}).
 */
package io.parley.queue.rules;
