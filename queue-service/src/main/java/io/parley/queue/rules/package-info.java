/**
 * Routing rules: the versioned rule sets admins write (department policies, aging, rules applied at queue time,
 * escalations, requeue timings), their validation, storage and activation, and the pure evaluation of rules
 * on a new conversation ({@link io.parley.queue.rules.Routing}).
 */
package io.parley.queue.rules;
