package io.parley.kit.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * What every Parley resource server's {@code SecurityFilterChain} has in common, for a service that writes its
 * own chain (the kit's default one, {@link SecurityAutoConfiguration}, uses it too): the paths open without a
 * token, and a stateless bearer-token setup whose 401 and 403 are problem+json.
 */
public final class ResourceServerSecurity {
    /** Health probes, Prometheus metrics, the OpenAPI document and Swagger UI. */
    public static final String[] PUBLIC_PATHS = {
        "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"
    };

    private ResourceServerSecurity() {}

    /**
     * No CSRF (no cookies), no session, access tokens validated by the kit's decoder with the {@code roles}
     * claim as authorities, and {@code problems} answering 401 and 403. The caller adds its own
     * {@code authorizeHttpRequests} and builds the chain.
     */
    public static HttpSecurity statelessJwt(
            HttpSecurity http, ProblemSecurityHandler problems, JwtAuthenticationConverter roles) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roles))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    }
}
