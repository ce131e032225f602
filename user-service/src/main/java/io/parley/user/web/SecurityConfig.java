package io.parley.user.web;

import io.parley.kit.security.ProblemSecurityHandler;
import io.parley.kit.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/** Stateless resource server: who may call which endpoint. Visibility of single objects is in the services. */
@Configuration
class SecurityConfig {
    private static final String[] STAFF = {"AGENT", "SUPERVISOR", "ADMIN"};

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, ProblemSecurityHandler problems, JwtAuthenticationConverter roles) throws Exception {
        ResourceServerSecurity.statelessJwt(http, problems, roles)
                .authorizeHttpRequests(auth -> auth.requestMatchers(ResourceServerSecurity.PUBLIC_PATHS).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/agents/me").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/agents/me/status").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.GET, "/api/v1/agents").hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/agents/*").authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/v1/agents/*").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/departments").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/customers/*").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/customers/*").hasAnyRole("SUPERVISOR", "ADMIN")
                        .anyRequest().denyAll());
        return http.build();
    }
}
