package io.parley.file.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.file.platform.FilesProperties;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 adapter against Adobe S3Mock, run by this test as a separate process from its standalone jar (copied
 * by the build to {@code target/s3mock}) on free ports, with one initial bucket; stopped at the end.
 */
class S3StorageTest {
    private static final String BUCKET = "parley-files-test";

    @TempDir
    static Path root;

    private static Process s3mock;
    private static S3Storage storage;

    @BeforeAll
    static void startS3Mock() throws Exception {
        String jar = System.getProperty("parley.test.s3mock-jar", "target/s3mock/s3mock-exec.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        int httpPort = freePort();
        s3mock = new ProcessBuilder(List.of(java,
                        "-Dcom.adobe.testing.s3mock.httpPort=" + httpPort,
                        "-Dserver.port=" + freePort(),
                        "-Dcom.adobe.testing.s3mock.domain.initialBuckets=" + BUCKET,
                        "-Dcom.adobe.testing.s3mock.domain.root=" + root.resolve("data"),
                        "-jar", jar))
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("s3mock.log").toFile())
                .start();
        String endpoint = "http://localhost:" + httpPort;
        awaitUp(endpoint);
        storage = new S3Storage(StorageConfig.s3Client(
                new FilesProperties.S3(BUCKET, endpoint, "us-east-1", "test-key", "test-secret")), BUCKET);
    }

    @AfterAll
    static void stopS3Mock() throws InterruptedException {
        if (storage != null) {
            storage.close();
        }
        if (s3mock != null) {
            s3mock.destroy();
            if (!s3mock.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                s3mock.destroyForcibly();
            }
        }
    }

    @Test
    void storesReadsAndDeletesAFile() throws IOException {
        String key = UUID.randomUUID() + "/" + UUID.randomUUID();
        byte[] content = "quarterly report".getBytes(StandardCharsets.UTF_8);

        storage.put(key, content, "text/plain");
        byte[] read;
        try (InputStream in = storage.open(key)) {
            read = in.readAllBytes();
        }
        storage.delete(key);

        assertThat(read).isEqualTo(content);
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(FileStorage.MissingObjectException.class);
    }

    @Test
    void storesAFileFromDisk() throws IOException {
        String key = UUID.randomUUID() + "/" + UUID.randomUUID();
        byte[] content = new byte[300_000];
        new java.util.Random(7).nextBytes(content);
        Path file = Files.write(root.resolve("upload.bin"), content);

        storage.put(key, file, "application/pdf");

        try (InputStream in = storage.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    private static void awaitUp(String endpoint) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            if (!s3mock.isAlive()) {
                throw new IllegalStateException("S3Mock exited: " + Files.readString(root.resolve("s3mock.log")));
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(endpoint + "/" + BUCKET)).method("HEAD",
                                HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("S3Mock did not start within 90 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
