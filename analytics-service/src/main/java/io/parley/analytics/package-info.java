/**
 * analytics-service: learns what happens in conversations from durable events and turns it into metrics.
 * This issue keeps Micrometer counters and a wait-time timer on {@code /actuator/prometheus}
 * ({@link io.parley.analytics.metrics}); reports and the OpenSearch message index come in a later issue.
 * Who may call it is decided by service-kit's default security filter chain (health, metrics and API docs
 * open; everything else needs a valid access token).
 */
package io.parley.analytics;
