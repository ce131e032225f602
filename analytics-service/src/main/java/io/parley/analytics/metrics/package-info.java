/**
 * Conversation metrics fed by events: {@link io.parley.analytics.metrics.ConversationMetrics} counts queued,
 * assigned and ended conversations and messages by sender role, and times the wait from queued to assigned;
 * {@link io.parley.analytics.metrics.RoutingMetrics} counts transfers, requeues by reason and escalations by
 * rule. One {@link io.parley.kit.events.EventHandler} per consumed event type calls them (those of
 * {@code message.sent}, {@code conversation.queued} and {@code conversation.assigned} live in
 * {@link io.parley.analytics.events} because they feed search too); {@code RecentEventIds}
 * skips an event delivered twice, so a redelivery does not count twice.
 */
package io.parley.analytics.metrics;
