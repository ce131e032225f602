package io.parley.gateway.edge;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who may pass the edge: every {@code /api/v1/**} request needs a valid access token except the anonymous
 * auth endpoints; {@code /ws} is open here (chat-service checks the token in the STOMP CONNECT frame, the
 * Origin is checked by {@link WebSocketOriginFilter}). The Authorization header is forwarded unchanged.
 * The built web apps under {@code /widget/} and {@code /dashboard/} are public files; so are signed download
 * links {@code GET /files/**} (file-service checks their signature and expiry).
 */
@Configuration
@EnableWebFluxSecurity
class EdgeSecurityConfig {
    private static final ServerBearerTokenAuthenticationConverter BEARER = new ServerBearerTokenAuthenticationConverter();
    private static final Set<String> PUBLIC_AUTH = Set.of(
            "/api/v1/auth/guest", "/api/v1/auth/customer", "/api/v1/auth/login", "/api/v1/auth/refresh",
            "/api/v1/auth/logout", "/api/v1/auth/jwks");

    @Bean
    SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder, EdgeProperties edge) {
        ProblemSecurityHandler problems = new ProblemSecurityHandler();
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> cors.configurationSource(corsSource(edge)))
                // The widget is framed by customers' sites; the dashboard sets its own frame-ancestors 'none'.
                // Proxied API responses keep the services' own cache headers; the web apps set theirs (WebAppHeaders).
                .headers(headers -> headers.frameOptions(ServerHttpSecurity.HeaderSpec.FrameOptionsSpec::disable)
                        .cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
                .authorizeExchange(auth -> auth.pathMatchers(HttpMethod.OPTIONS, "/api/**")
                        .permitAll()
                        .pathMatchers(
                                HttpMethod.POST,
                                "/api/v1/auth/guest",
                                "/api/v1/auth/customer",
                                "/api/v1/auth/login",
                                "/api/v1/auth/refresh",
                                "/api/v1/auth/logout")
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/v1/auth/jwks")
                        .permitAll()
                        .pathMatchers("/api/v1/**")
                        .authenticated()
                        .pathMatchers(HttpMethod.GET, "/", "/widget", "/widget/**", "/dashboard", "/dashboard/**")
                        .permitAll()
                        // signed download links: file-service checks the signature and expiry, no token
                        .pathMatchers(HttpMethod.GET, "/files/**")
                        .permitAll()
                        .pathMatchers(
                                "/ws", "/ws/**",
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**")
                        .permitAll()
                        .anyExchange()
                        .denyAll())
                .oauth2ResourceServer(rs -> rs.bearerTokenConverter(EdgeSecurityConfig::bearerTokenOnProtectedPaths)
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /**
     * Reads the bearer token only where one is needed: a stale Authorization header must not break login,
     * refresh or a guest sign-up, and {@code /ws} carries its token in the STOMP CONNECT frame.
     */
    private static Mono<Authentication> bearerTokenOnProtectedPaths(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith("/api/v1/") || PUBLIC_AUTH.contains(path)) {
            return Mono.empty();
        }
        return BEARER.convert(exchange);
    }

    /** Tokens signed by auth-service (keys from its JWKS, refetched when a new key id appears), issuer checked. */
    @Bean
    ReactiveJwtDecoder reactiveJwtDecoder(EdgeProperties edge) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(edge.jwksUri()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(edge.issuer()));
        return decoder;
    }

    private static CorsConfigurationSource corsSource(EdgeProperties edge) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(edge.corsOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("*"));
        cors.setExposedHeaders(List.of("Location", "Retry-After", "WWW-Authenticate"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
