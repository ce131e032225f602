package io.parley.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The kit's default chain together with Boot's own security auto-configurations, in the order Boot sorts them:
 * it is the only chain when the service defines none (Boot's defaults back off), and it backs off when the
 * service defines one.
 */
class DefaultSecurityFilterChainTest {
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    SecurityAutoConfiguration.class,
                    org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
                    org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration.class,
                    org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
                    org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class,
                    org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet
                            .OAuth2ResourceServerAutoConfiguration.class));

    @Test
    void aServiceWithoutAChainGetsTheKitsAndNoneOfBoots() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("parleyDefaultSecurityFilterChain");
        });
    }

    @Test
    void healthMetricsAndApiDocsAreOpenAndEverythingElseIsAProblemJson401() {
        runner.run(context -> {
            assertThat(passesThrough(context, "/actuator/health/readiness")).isTrue();
            assertThat(passesThrough(context, "/actuator/prometheus")).isTrue();
            assertThat(passesThrough(context, "/v3/api-docs")).isTrue();
            assertThat(passesThrough(context, "/swagger-ui/index.html")).isTrue();

            MockHttpServletResponse response = new MockHttpServletResponse();
            assertThat(passesThrough(context, "/actuator/info", response)).isFalse();
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            assertThat(response.getContentAsString()).contains("missing bearer token");
        });
    }

    @Test
    void aServiceWithItsOwnChainKeepsOnlyThatOne() {
        runner.withUserConfiguration(OwnChain.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("ownChain");
        });
    }

    private static boolean passesThrough(ApplicationContext context, String path) throws Exception {
        return passesThrough(context, path, new MockHttpServletResponse());
    }

    private static boolean passesThrough(ApplicationContext context, String path, MockHttpServletResponse response)
            throws Exception {
        Filter security = context.getBean("springSecurityFilterChain", Filter.class);
        AtomicBoolean reached = new AtomicBoolean();
        security.doFilter(new MockHttpServletRequest("GET", path), response, (request, ignored) -> reached.set(true));
        return reached.get();
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnChain {
        @Bean
        SecurityFilterChain ownChain(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
        }
    }
}
