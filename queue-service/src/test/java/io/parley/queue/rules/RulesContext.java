package io.parley.queue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.queue.support.QueueTestRun;
import io.parley.testsupport.TestProperties;
import io.parley.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service on a random port against this run's PostgreSQL schema (shared by the rules tests, which
 * therefore reuse one context), with agents of the departments sales and support and the skills english and
 * billing, no stored version active before each test, and HTTP calls with signed tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestTokens.Decoder.class)
abstract class RulesContext {
    static final QueueTestRun RUN = QueueTestRun.create();
    static final String ADMIN = "00000000-0000-0000-0000-00000000a001";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, RUN.properties());
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    record Response(int status, String contentType, JsonNode body, HttpResponse<String> raw) {}

    @BeforeEach
    void agentsAndNoActiveVersion() {
        insertAgent("rules-agent-1", new String[] {"sales"}, new String[] {"english", "billing"});
        insertAgent("rules-agent-2", new String[] {"support"}, new String[] {"english"});
        jdbc.update("update rule_sets set status = 'RETIRED' where status = 'ACTIVE'");
    }

    void insertAgent(String id, String[] departments, String[] skills) {
        jdbc.update("""
                insert into agents (agent_id, display_name, status, capacity, departments, skills, status_changed_at)
                values (?, ?, 'OFFLINE', 3, ?, ?, now()) on conflict (agent_id) do nothing""",
                id, id, departments, skills);
    }

    static String token(String subject, String role) {
        return TestTokens.token(subject, List.of(role), List.of(), "Someone");
    }

    static String admin() {
        return token(ADMIN, "ADMIN");
    }

    static String supervisor() {
        return token("rules-supervisor", "SUPERVISOR");
    }

    Response get(String path, String token) throws Exception {
        return send(request(path, token).GET());
    }

    Response post(String path, String token, String body) throws Exception {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** {@code post} expecting {@code status}; the answer's JSON. */
    JsonNode post(String path, String token, String body, int status) throws Exception {
        Response response = post(path, token, body);
        assertThat(response.status()).as(path + " " + response.raw().body()).isEqualTo(status);
        return response.body();
    }

    JsonNode get(String path, String token, int status) throws Exception {
        Response response = get(path, token);
        assertThat(response.status()).as(path + " " + response.raw().body()).isEqualTo(status);
        return response.body();
    }

    /** Stores a definition as a new version through the API; its version number. */
    long create(String definition, String comment) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("definition", json.readTree(definition), "comment", comment));
        return post("/api/v1/queue/rules", admin(), body, 201).path("version").asLong();
    }

    int storedVersions() {
        return jdbc.queryForObject("select count(*) from rule_sets", Integer.class);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                body.isEmpty() ? json.missingNode() : json.readTree(body), response);
    }
}
