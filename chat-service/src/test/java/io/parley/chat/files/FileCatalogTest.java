package io.parley.chat.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** How file-service's answers map to "attachable", "not found" and "unavailable" (a local stub of its endpoint). */
class FileCatalogTest {
    private static final UUID CONVERSATION = UUID.randomUUID();
    private static final UUID FILE = UUID.randomUUID();

    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final AtomicReference<String> body = new AtomicReference<>("");
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<Integer> delayMillis = new AtomicReference<>(0);
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/v1/files/", exchange -> {
            try (exchange) {
                authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
                Thread.sleep(delayMillis.get());
                byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status.get(), bytes.length == 0 ? -1 : bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aFileOfThisConversationUploadedByTheSenderIsAttachableAndAskedForWithTheSendersToken() {
        body.set(file(CONVERSATION, "u1"));

        var attachments = catalog().attachable(List.of(FILE), CONVERSATION, "u1", "the-token");

        assertThat(attachments).hasSize(1);
        assertThat(attachments.getFirst().name()).isEqualTo("a.pdf");
        assertThat(attachments.getFirst().kind()).isEqualTo("PDF");
        assertThat(authorization.get()).isEqualTo("Bearer the-token");
    }

    @Test
    void anotherUploaderAnotherConversationAndA404AreNotFound() {
        body.set(file(CONVERSATION, "someone-else"));
        assertThatThrownBy(() -> catalog().attachable(List.of(FILE), CONVERSATION, "u1", "t"))
                .isInstanceOf(AttachmentNotFoundException.class).hasMessage("attachment " + FILE + " not found");
        body.set(file(UUID.randomUUID(), "u1"));
        assertThatThrownBy(() -> catalog().attachable(List.of(FILE), CONVERSATION, "u1", "t"))
                .isInstanceOf(AttachmentNotFoundException.class);
        status.set(404);
        body.set("{\"status\":404}");
        assertThatThrownBy(() -> catalog().attachable(List.of(FILE), CONVERSATION, "u1", "t"))
                .isInstanceOf(AttachmentNotFoundException.class);
    }

    @Test
    void aFailingSlowOrUnreachableFileServiceIsUnavailable() throws Exception {
        status.set(503);
        assertThatThrownBy(() -> catalog().attachable(List.of(FILE), CONVERSATION, "u1", "t"))
                .isInstanceOf(FilesUnavailableException.class).hasMessage("files unavailable, try again");
        status.set(200);
        body.set("not json");
        assertThatThrownBy(() -> catalog().attachable(List.of(FILE), CONVERSATION, "u1", "t"))
                .isInstanceOf(FilesUnavailableException.class);
        body.set(file(CONVERSATION, "u1"));
        delayMillis.set(1500);
        assertThatThrownBy(() -> catalog().attachable(List.of(FILE), CONVERSATION, "u1", "t"))
                .isInstanceOf(FilesUnavailableException.class);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        FileCatalog unreachable = new FileCatalog("http://localhost:" + closedPort, Duration.ofMillis(500),
                JsonMapper.builder().build());
        assertThatThrownBy(() -> unreachable.attachable(List.of(FILE), CONVERSATION, "u1", "t"))
                .isInstanceOf(FilesUnavailableException.class);
    }

    private FileCatalog catalog() {
        return new FileCatalog("http://localhost:" + server.getAddress().getPort(), Duration.ofMillis(500),
                JsonMapper.builder().build());
    }

    private static String file(UUID conversationId, String uploaderId) {
        return """
                {"id":"%s","conversationId":"%s","uploaderId":"%s","name":"a.pdf","contentType":"application/pdf",
                 "size":10,"kind":"PDF","width":null,"height":null,"hasThumbnail":false,"createdAt":"2026-01-01T00:00:00Z",
                 "extra":"ignored"}""".formatted(FILE, conversationId, uploaderId);
    }
}
