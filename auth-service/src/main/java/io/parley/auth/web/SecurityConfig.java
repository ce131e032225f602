package io.parley.auth.web;

import io.parley.kit.security.ProblemSecurityHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * auth-service's own endpoints are public (they are how one gets a token) except {@code GET /me}. A bearer
 * token is read only on {@code /me}, so a stale token sent along with a refresh or login does not fail it.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {
    private static final RequestMatcher ME = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.GET, "/api/v1/auth/me");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemSecurityHandler problems) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.requestMatchers(ME)
                        .authenticated()
                        .requestMatchers(
                                "/api/v1/auth/**",
                                "/.well-known/jwks.json",
                                "/v3/api-docs/**",
                                "/actuator/health/**",
                                "/actuator/prometheus",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(o -> o.jwt(jwt -> {})
                        .bearerTokenResolver(meOnly())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    private static BearerTokenResolver meOnly() {
        DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
        return request -> ME.matches(request) ? bearer.resolve(request) : null;
    }
}
