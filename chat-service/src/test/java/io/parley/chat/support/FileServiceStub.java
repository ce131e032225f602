package io.parley.chat.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for file-service's one endpoint chat-service calls, {@code GET /api/v1/files/{id}} (file-service is
 * another team's service): files registered here are shown to their conversation's participants (read from the
 * bearer token's {@code sub}, as file-service would after checking the token), anything else is 404. It can be
 * switched to answering 503 ("down"). One per test JVM, on a free port.
 */
public final class FileServiceStub {
    private static final Map<UUID, File> FILES = new ConcurrentHashMap<>();
    private static volatile boolean down;
    private static final HttpServer SERVER = start();

    private record File(UUID id, UUID conversationId, String uploaderId, Set<String> participants, String name) {}

    private FileServiceStub() {}

    public static String url() {
        return "http://localhost:" + SERVER.getAddress().getPort();
    }

    /** A file uploaded by {@code uploaderId} into a conversation whose participants are {@code participants}. */
    public static UUID upload(UUID conversationId, String uploaderId, Set<String> participants, String name) {
        UUID id = UUID.randomUUID();
        FILES.put(id, new File(id, conversationId, uploaderId, participants, name));
        return id;
    }

    public static void down(boolean isDown) {
        down = isDown;
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/api/v1/files/", FileServiceStub::handle);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "file-service-stub-stop"));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (down) {
                respond(exchange, 503, "{\"status\":503,\"detail\":\"down\"}");
                return;
            }
            String user = subject(exchange.getRequestHeaders().getFirst("Authorization"));
            if (user == null) {
                respond(exchange, 401, "{\"status\":401}");
                return;
            }
            File file = find(exchange.getRequestURI().getPath().substring("/api/v1/files/".length()));
            if (file == null || !file.participants().contains(user)) {
                respond(exchange, 404, "{\"status\":404,\"detail\":\"file not found\"}");
                return;
            }
            respond(exchange, 200, Api.JSON.writeValueAsString(view(file)));
        }
    }

    private static Map<String, Object> view(File file) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", file.id());
        view.put("conversationId", file.conversationId());
        view.put("uploaderId", file.uploaderId());
        view.put("name", file.name());
        view.put("contentType", "image/png");
        view.put("size", 2048);
        view.put("kind", "IMAGE");
        view.put("width", 640);
        view.put("height", 480);
        view.put("hasThumbnail", true);
        view.put("createdAt", Instant.now().toString());
        return view;
    }

    private static File find(String id) {
        try {
            return FILES.get(UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    /** The token's {@code sub} claim (the stub trusts the token; chat-service checked it already). */
    private static String subject(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length < 2) {
            return null;
        }
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        var sub = Api.JSON.readTree(claims).path("sub");
        return sub.isString() ? sub.asString() : null;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
