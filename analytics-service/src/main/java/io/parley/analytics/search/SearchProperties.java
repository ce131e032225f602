package io.parley.analytics.search;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the message index lives: {@code opensearchUrl} names a cluster (for example {@code
 * https://search.internal:9200}); empty starts an OpenSearch node inside this JVM with its data in {@code data}.
 * Index names start with {@code indexPrefix}.
 */
@ConfigurationProperties("parley.search")
record SearchProperties(String opensearchUrl, Path data, String indexPrefix) {

    SearchProperties {
        opensearchUrl = opensearchUrl == null ? "" : opensearchUrl.trim();
        data = data == null ? Path.of(".run/data/opensearch") : data;
        indexPrefix = indexPrefix == null || indexPrefix.isBlank() ? "parley" : indexPrefix.trim();
    }

    boolean embedded() {
        return opensearchUrl.isEmpty();
    }
}
