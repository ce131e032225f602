package io.parley.systemtest.fleet;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** How the fleet tells that a process is ready: {@link #check} answers null when ready, else why not. */
@FunctionalInterface
interface ReadinessProbe {

    String check(int port);

    /** Spring Boot services: {@code GET /actuator/health/readiness} answers 200 with status UP. */
    static ReadinessProbe actuator() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return port -> {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                boolean up = response.statusCode() == 200
                        && response.body().replace(" ", "").contains("\"status\":\"UP\"");
                return up ? null : "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                return e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        };
    }

    /** Plain servers (dev-mongo): the port accepts a connection. */
    static ReadinessProbe tcp() {
        return port -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 1000);
                return null;
            } catch (IOException e) {
                return e.toString();
            }
        };
    }
}
