package io.parley.chat.support;

import io.parley.chat.ChatApplication;
import io.parley.testsupport.TestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The full service on a random port against the in-process MongoDB and the real local Redis and RabbitMQ,
 * with names unique to this run ({@link TestRun}). All subclasses share one context.
 */
@SpringBootTest(classes = ChatApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ChatTestConfiguration.class)
public abstract class ChatIntegrationTest {
    public static final String INSTANCE = "instance-a";

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestRabbit rabbit;

    @DynamicPropertySource
    static void run(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, TestRun.properties(INSTANCE));
    }

    protected Api api(String token) {
        return new Api(port, token);
    }
}
