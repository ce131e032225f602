package io.parley.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Settings for a context's embedded search node: data in a fresh temp dir (deleted when the JVM exits) and a
 * random index prefix, so tests never touch the local run's index.
 */
final class TestSearchEngine {
    private TestSearchEngine() {}

    static Map<String, String> properties() {
        try {
            Path data = Files.createTempDirectory("parley-analytics-search");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(data)));
            return Map.of(
                    "parley.search.opensearch-url", "",
                    "parley.search.data", data.toString(),
                    "parley.search.index-prefix", "t" + UUID.randomUUID().toString().substring(0, 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
