package io.parley.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.auth.signing.SigningKey;
import io.parley.testsupport.TestBroker;
import io.parley.testsupport.TestProperties;
import io.parley.testsupport.TestSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.client.RestClient;

/** Two consecutive runs of the whole service against one schema: what must survive a restart does. */
class ServiceRestartTest {
    private final TestSchema schema = TestSchema.create("auth").dropAtExit();
    private final TestBroker broker = TestBroker.forPublisher().deleteAtExit();

    private ConfigurableApplicationContext start() {
        Map<String, Object> properties = TestProperties.merge(schema.properties(), broker.properties());
        properties.put("server.port", "0");
        properties.put("parley.demo-seed", "true");
        return new SpringApplicationBuilder(AuthServiceApplication.class).run(TestProperties.arguments(properties));
    }

    private static String login(ConfigurableApplicationContext context) {
        Map<String, Object> tokens = RestClient.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"))
                .post()
                .uri("/api/v1/auth/login")
                .body(Map.of("email", "alice@parley.local", "password", "parley-demo"))
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {});
        return (String) tokens.get("accessToken");
    }

    private long count(String sql) throws Exception {
        try (Connection connection = schema.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theSigningKeyAndTheSeedSurviveARestart() throws Exception {
        String kidBefore;
        String tokenBefore;
        try (ConfigurableApplicationContext first = start()) {
            kidBefore = first.getBean(SigningKey.class).kid();
            tokenBefore = login(first);
        }

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(SigningKey.class).kid()).isEqualTo(kidBefore);
            assertThat(second.getBean(JwtDecoder.class).decode(tokenBefore).getSubject())
                    .isEqualTo("00000000-0000-0000-0000-00000000b001");
            assertThat(login(second)).isNotBlank();
        }

        assertThat(count("select count(*) from signing_keys")).isEqualTo(1);
        assertThat(count("select count(*) from accounts where kind = 'STAFF'")).isEqualTo(5);
        assertThat(count("select count(*) from accounts where id in ('00000000-0000-0000-0000-00000000a001',"
                        + " '00000000-0000-0000-0000-00000000b001', '00000000-0000-0000-0000-00000000b002',"
                        + " '00000000-0000-0000-0000-00000000b003', '00000000-0000-0000-0000-00000000b004')"))
                .isEqualTo(5);
    }
}
