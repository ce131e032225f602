package io.parley.devmongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the MongoDB wire protocol on a local port (mongo-java-server), backed by an H2 file or memory.
 * {@link #main} runs until SIGTERM or SIGINT, then closes the store cleanly so that the file stays consistent.
 */
public final class DevMongo implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DevMongo.class);

    private final MongoBackend backend;
    private final MongoServer server;
    private final InetSocketAddress address;

    private DevMongo(MongoBackend backend, MongoServer server, InetSocketAddress address) {
        this.backend = backend;
        this.server = server;
        this.address = address;
    }

    /** Opens the store and starts listening; port 0 picks a free port (see {@link #port()}). */
    static DevMongo start(DevMongoSettings settings) {
        MongoBackend backend = openBackend(settings);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(settings.host(), settings.port());
        } catch (RuntimeException e) {
            backend.close();
            throw new IllegalStateException(
                    "cannot listen on " + settings.host() + ":" + settings.port() + " (" + e.getMessage() + ")", e);
        }
        return new DevMongo(backend, server, server.getLocalAddress());
    }

    private static MongoBackend openBackend(DevMongoSettings settings) {
        if (settings.inMemory()) {
            return new MemoryBackend();
        }
        try {
            if (settings.file().toAbsolutePath().getParent() != null) {
                Files.createDirectories(settings.file().toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + settings.file(), e);
        }
        return new H2Backend(settings.file().toString());
    }

    int port() {
        return address.getPort();
    }

    String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    /** Stops accepting connections, closes open ones and writes the store to disk. */
    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }

    public static void main(String[] args) throws InterruptedException {
        DevMongoSettings settings;
        try {
            settings = DevMongoSettings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("dev-mongo: " + e.getMessage());
            System.exit(2);
            return;
        }
        DevMongo mongo = start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("dev-mongo stopping");
            mongo.close();
            log.info("dev-mongo stopped");
            stopped.countDown();
        }, "dev-mongo-shutdown"));
        log.info(
                "dev-mongo listening on {} (data: {})",
                mongo.connectionString(),
                settings.inMemory() ? "in memory, lost on exit" : settings.file().toAbsolutePath());
        stopped.await();
    }
}
