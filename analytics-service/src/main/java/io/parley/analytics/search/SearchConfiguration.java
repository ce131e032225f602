package io.parley.analytics.search;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search engine (embedded node when {@code PARLEY_OPENSEARCH_URL} is empty, else that cluster) and one
 * opensearch-java client over HTTP for both, so a local run, the tests and production share every request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchEngine searchEngine(SearchProperties properties) {
        return properties.embedded()
                ? EmbeddedOpenSearch.start(properties.data())
                : SearchEngine.remote(properties.opensearchUrl());
    }

    @Bean(destroyMethod = "close")
    OpenSearchTransport openSearchTransport(SearchEngine engine) throws Exception {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return ApacheHttpClient5TransportBuilder.builder(HttpHost.create(engine.uri()))
                .setMapper(new JacksonJsonpMapper(json))
                .build();
    }

    @Bean
    OpenSearchClient openSearchClient(OpenSearchTransport transport) {
        return new OpenSearchClient(transport);
    }

    @Bean
    SearchIndices searchIndices(OpenSearchClient client, SearchProperties properties) throws IOException {
        SearchIndices indices = new SearchIndices(client, properties.indexPrefix());
        indices.create();
        return indices;
    }
}
