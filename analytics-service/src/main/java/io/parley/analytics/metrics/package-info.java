/**
 * Conversation metrics fed by events: {@link io.parley.analytics.metrics.ConversationMetrics} counts queued,
 * assigned and ended conversations and messages by sender role, and times the wait from queued to assigned.
 * One {@link io.parley.kit.events.EventHandler} per consumed event type calls it; {@code RecentEventIds}
 * skips an event delivered twice, so a redelivery does not count twice.
 */
package io.parley.analytics.metrics;
