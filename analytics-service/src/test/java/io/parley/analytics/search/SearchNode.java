package io.parley.analytics.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;

/**
 * One embedded OpenSearch node per test class in a temp dir, with a random index prefix, wired as the service
 * wires it (same client, same indices). {@link #close()} stops it and deletes its data.
 */
final class SearchNode implements AutoCloseable {
    final Path data;
    final SearchEngine engine;
    final OpenSearchTransport transport;
    final OpenSearchClient client;
    final SearchIndices indices;
    final SearchIngest ingest;
    final MessageSearch search;

    SearchNode() throws Exception {
        data = Files.createTempDirectory("parley-search-test");
        SearchConfiguration configuration = new SearchConfiguration();
        SearchProperties properties = new SearchProperties("", data, "t" + UUID.randomUUID().toString().substring(0, 8));
        engine = configuration.searchEngine(properties);
        transport = configuration.openSearchTransport(engine);
        client = configuration.openSearchClient(transport);
        indices = configuration.searchIndices(client, properties);
        ingest = new SearchIngest(client, indices);
        search = new MessageSearch(client, indices);
    }

    /** Makes everything indexed so far searchable (the engine does so every second by itself). */
    void refresh() throws IOException {
        client.indices().refresh(r -> r.index(indices.messages()));
    }

    @Override
    public void close() throws Exception {
        transport.close();
        engine.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
