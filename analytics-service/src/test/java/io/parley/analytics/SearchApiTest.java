package io.parley.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.MessageSent;
import io.parley.contracts.events.Priority;
import io.parley.kit.events.EventPublisher;
import io.parley.testsupport.TestBroker;
import io.parley.testsupport.TestProperties;
import io.parley.testsupport.TestTokens;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Message search over HTTP, fed by events on the real local RabbitMQ, with an embedded search node. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@Import({TestBroker.Cleanup.class, TestTokens.Decoder.class})
class SearchApiTest {
    private static final TestBroker BROKER = TestBroker.forConsumer("analytics-service");
    private static final Map<String, String> SEARCH = TestSearchEngine.properties();

    @DynamicPropertySource
    static void isolatedBrokerAndSearch(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, BROKER.properties(), SEARCH);
    }

    @Autowired
    EventPublisher publisher;

    @Autowired
    HealthEndpointGroups healthGroups;

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eventsInAnyOrderMakeAMessageFindableByItsCustomerAndAgentsWithMarkupEscaped() throws Exception {
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String customer = TestTokens.newUserId();
        String agent = TestTokens.newUserId();
        UUID conversation = UUID.randomUUID();
        publisher.publish(EventEnvelope.of(new MessageSent(conversation, UUID.randomUUID().toString(), 2, customer,
                "GUEST", "<script>alert(1)</script> " + word, Instant.now())));
        publisher.publish(EventEnvelope.of(new ConversationQueued(conversation, customer, "support", Priority.MEDIUM,
                Instant.now())));
        publisher.publish(EventEnvelope.of(new ConversationAssigned(conversation, customer, agent, "Alice", "support",
                Instant.now())));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            HttpResponse<String> found = get("/api/v1/search/messages?q=" + word, TestTokens.customer(customer));
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).contains("\"total\":1").contains(conversation.toString())
                    .contains("&lt;script&gt;").contains("<mark>" + word + "</mark>").doesNotContain("<script>");
        });
        assertThat(get("/api/v1/search/messages?q=" + word, TestTokens.agent(agent, "Alice")).body())
                .contains("\"total\":1");
        assertThat(get("/api/v1/search/messages?q=" + word, TestTokens.agent(TestTokens.newUserId(), "Bob")).body())
                .contains("\"total\":0");
        assertThat(get("/api/v1/search/messages?q=" + word, TestTokens.customer(TestTokens.newUserId())).body())
                .contains("\"total\":0");
        assertThat(get("/api/v1/search/messages?q=" + word, TestTokens.supervisor(TestTokens.newUserId())).body())
                .contains("\"total\":1").contains("\"page\":0").contains("\"size\":20");
    }

    @Test
    void aCustomerNamingAnotherCustomerGetsAForbiddenProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/search/messages?q=refund&customerId=" + TestTokens.newUserId(),
                TestTokens.customer(TestTokens.newUserId()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("only their own conversations");
    }

    @Test
    void badInputGetsABadRequestProblemAndNoTokenGetsUnauthorized() throws Exception {
        String token = TestTokens.supervisor(TestTokens.newUserId());
        for (String query : List.of("", "?q=", "?q=refund&size=51", "?q=refund&page=-1", "?q=refund&from=yesterday",
                "?q=" + "x".repeat(201), "?q=refund&conversationId=42", "?q=refund&size=ten")) {
            HttpResponse<String> response = get("/api/v1/search/messages" + query, token);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query).hasValue("application/problem+json");
        }
        assertThat(get("/api/v1/search/messages?q=" + URLEncoder.encode("text:* OR \"x", StandardCharsets.UTF_8),
                token).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/search/messages?q=refund", null).statusCode()).isEqualTo(401);
    }

    @Test
    void readinessIncludesTheSearchEngineAndLivenessDoesNot() throws Exception {
        assertThat(healthGroups.get("readiness").isMember("search")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("search")).isFalse();
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
