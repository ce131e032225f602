package io.parley.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.kit.events.EventDispatcher;
import io.parley.testsupport.TestBroker;
import io.parley.testsupport.TestProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole service against the real local RabbitMQ, on a random exchange of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@Import(TestBroker.Cleanup.class)
class FileApplicationTest {
    private static final TestBroker BROKER = TestBroker.forPublisher();

    @DynamicPropertySource
    static void isolatedBroker(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, BROKER.properties());
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    RabbitListenerEndpointRegistry listeners;

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsAndReportsReadyWithoutAToken() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void anythingElseNeedsATokenAndAnswersProblemJson() throws Exception {
        HttpResponse<String> response = get("/actuator/info");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void consumesNoEventsSoItHasNoListenerAndNoQueue() {
        assertThat(context.getBeansOfType(EventDispatcher.class)).isEmpty();
        assertThat(listeners.getListenerContainers()).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
