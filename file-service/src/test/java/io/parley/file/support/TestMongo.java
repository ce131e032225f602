package io.parley.file.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/** One in-process MongoDB wire-protocol server per test JVM (mongo-java-server, in memory, free port). */
public final class TestMongo {
    private static final MongoServer SERVER = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress ADDRESS = SERVER.bind();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SERVER::shutdownNow, "test-mongo-shutdown"));
    }

    private TestMongo() {}

    public static String uri(String database) {
        return "mongodb://" + ADDRESS.getHostString() + ":" + ADDRESS.getPort() + "/" + database;
    }
}
