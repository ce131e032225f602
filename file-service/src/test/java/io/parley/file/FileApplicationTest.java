package io.parley.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.file.support.FileIntegrationTest;
import io.parley.file.support.Http;
import io.parley.kit.events.EventDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The whole service: health without a token, problem+json for a missing token, and its events listener. */
class FileApplicationTest extends FileIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    RabbitListenerEndpointRegistry listeners;

    @Test
    void startsAndReportsReadyWithoutAToken() {
        Http.Response readiness = http().get("/actuator/health/readiness", null);

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.text()).contains("\"status\":\"UP\"");
        assertThat(http().get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(http().get("/actuator/prometheus", null).status()).isEqualTo(200);
        assertThat(http().get("/v3/api-docs", null).status()).isEqualTo(200);
    }

    @Test
    void theApiNeedsATokenAndAnswersProblemJson() {
        Http.Response response = http().get("/api/v1/files/" + java.util.UUID.randomUUID(), null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void listensToTheConversationEventsOnItsOwnQueue() {
        assertThat(context.getBeansOfType(EventDispatcher.class)).hasSize(1);
        assertThat(listeners.getListenerContainers()).hasSize(1);
    }

    @Test
    void theOpenApiDocumentDescribesTheFilesApi() {
        String document = http().get("/v3/api-docs", null).text();

        assertThat(document).contains("/api/v1/files", "/api/v1/files/{id}/links", "/files/{id}/{variant}");
    }
}
