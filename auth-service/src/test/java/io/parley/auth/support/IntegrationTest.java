package io.parley.auth.support;

import io.parley.testsupport.TestBroker;
import io.parley.testsupport.TestProperties;
import io.parley.testsupport.TestSchema;
import java.net.http.HttpClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Base of the full-context tests: the whole service on a free port against the real local PostgreSQL, in this
 * run's own schema, and RabbitMQ, on an exchange of its own (both removed when the JVM exits), with the demo
 * seed on. Every subclass shares one context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.demo-seed=true", "parley.identity.secret=" + IntegrationTest.IDENTITY_SECRET})
public abstract class IntegrationTest {
    /** The host site's secret for verified customer identities in these tests. */
    public static final String IDENTITY_SECRET = "test-site-secret";

    private static final TestSchema SCHEMA = TestSchema.create("auth").dropAtExit();
    private static final TestBroker BROKER = TestBroker.forPublisher().deleteAtExit();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, SCHEMA.properties(), BROKER.properties());
    }

    /** A client of the running service that does not throw on 4xx/5xx (tests assert the status). */
    protected RestClient http() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newHttpClient()))
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
