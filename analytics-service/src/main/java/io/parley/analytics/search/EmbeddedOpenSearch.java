package io.parley.analytics.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.transport.Netty4Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single OpenSearch node inside this JVM for a local run and tests: no security, single-node discovery, HTTP and
 * transport on free loopback ports, disk watermarks off, its one plugin (Netty transport) loaded from the
 * classpath, so it also starts from the service's fat jar. Clients reach it over HTTP like any cluster.
 */
final class EmbeddedOpenSearch implements SearchEngine {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedOpenSearch.class);
    private static final String NAME = "parley-analytics-embedded";

    private final Node node;
    private final URI uri;

    private EmbeddedOpenSearch(Node node, URI uri) {
        this.node = node;
        this.uri = uri;
    }

    static EmbeddedOpenSearch start(Path dataDirectory) {
        // Netty's processor count may already be fixed by another library in this JVM; OpenSearch must not set it.
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
        Path home = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the search data directory " + home, e);
        }
        Settings settings = Settings.builder()
                .put("cluster.name", NAME)
                .put("node.name", NAME)
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", "0")
                .put("transport.port", "0")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("node.processors", 1)
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> NAME);
        Node node = new ClasspathPluginNode(environment);
        try {
            node.start();
        } catch (NodeValidationException | RuntimeException e) {
            closeQuietly(node);
            throw new IllegalStateException("the embedded search node did not start: " + e.getMessage(), e);
        }
        TransportAddress http = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
        URI uri = URI.create("http://" + http.getAddress() + ":" + http.getPort());
        log.info("embedded OpenSearch node listening on {} with data in {}", uri, home);
        return new EmbeddedOpenSearch(node, uri);
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public void close() {
        closeQuietly(node);
    }

    private static void closeQuietly(Node node) {
        try {
            node.close();
        } catch (IOException | RuntimeException e) {
            log.warn("closing the embedded search node failed: {}", e.getMessage());
        }
    }

    /** Node's plugin-taking constructor is protected: this subclass hands it the Netty transport plugin class. */
    private static final class ClasspathPluginNode extends Node {
        ClasspathPluginNode(Environment environment) {
            super(environment, List.of(Netty4Plugin.class), true);
        }
    }
}
