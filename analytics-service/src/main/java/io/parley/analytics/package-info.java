/**
 * analytics-service: learns what happens in conversations from durable events. It keeps Micrometer counters and a
 * wait-time timer on {@code /actuator/prometheus} ({@link io.parley.analytics.metrics}) and an OpenSearch index of
 * message text behind {@code GET /api/v1/search/messages} ({@link io.parley.analytics.search}); the handlers of
 * events that feed both are in {@link io.parley.analytics.events}. Health, metrics and API docs are open;
 * everything else needs a valid access token.
 */
package io.parley.analytics;
