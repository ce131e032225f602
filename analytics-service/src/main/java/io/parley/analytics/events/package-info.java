/**
 * Event handlers whose events feed both the message search index ({@link io.parley.analytics.search.SearchIngest})
 * and the conversation metrics ({@link io.parley.analytics.metrics.ConversationMetrics}): the kit's dispatcher
 * calls one handler per event type, so these fan out, search first, so a failing index write makes the event
 * retry before anything is counted.
 */
package io.parley.analytics.events;
