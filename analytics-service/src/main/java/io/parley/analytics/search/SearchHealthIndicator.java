package io.parley.analytics.search;

import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch.cluster.HealthResponse;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the search engine as {@code search} (part of readiness, not liveness): UP while the message index
 * can serve (green or yellow), DOWN when it is red or the engine does not answer.
 */
@Component("search")
class SearchHealthIndicator extends AbstractHealthIndicator {
    private final OpenSearchClient client;
    private final SearchIndices indices;

    SearchHealthIndicator(OpenSearchClient client, SearchIndices indices) {
        super("search engine unavailable");
        this.client = client;
        this.indices = indices;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HealthResponse health = client.cluster().health(h -> h.index(indices.messages()).timeout(t -> t.time("2s")));
        builder.status(health.status() == HealthStatus.Red ? "DOWN" : "UP")
                .withDetail("cluster", health.clusterName())
                .withDetail("status", health.status().jsonValue());
    }
}
