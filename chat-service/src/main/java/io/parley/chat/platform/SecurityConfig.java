package io.parley.chat.platform;

import io.parley.kit.security.ProblemSecurityHandler;
import io.parley.kit.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every REST call needs a valid access token. Open without one: health, Prometheus, the OpenAPI document,
 * and the WebSocket handshake {@code /ws} (browsers cannot put a token on it; the STOMP CONNECT frame carries
 * it and is checked by {@code io.parley.chat.stomp}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandler problems, JwtAuthenticationConverter roles)
            throws Exception {
        ResourceServerSecurity.statelessJwt(http, problems, roles)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/v3/api-docs", "/v3/api-docs/**", "/ws", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated());
        return http.build();
    }
}
