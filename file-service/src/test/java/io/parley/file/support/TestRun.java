package io.parley.file.support;

import io.parley.testsupport.TestBroker;
import io.parley.testsupport.TestNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Names unique to this test run: a Mongo database on the in-process server, a RabbitMQ exchange and queue, and
 * a temporary storage directory; a small upload limit so the oversize case stays cheap.
 */
public final class TestRun {
    public static final String ID = TestNames.unique();
    public static final TestBroker BROKER = TestBroker.forConsumer("file-service");
    public static final long MAX_BYTES = 300_000;
    public static final Path FILES_DIR = tempDir();

    private TestRun() {}

    public static Map<String, Object> properties() {
        Map<String, Object> properties = BROKER.properties();
        properties.put("spring.mongodb.uri", TestMongo.uri("parley_files_t" + ID));
        properties.put("parley.files.dir", FILES_DIR.toString());
        properties.put("parley.files.max-bytes", MAX_BYTES);
        properties.put("parley.files.public-base-url", "http://cdn.example.test/");
        properties.put("logging.structured.format.console", "");
        return properties;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("parley-files-t");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
