package io.parley.queue.web;

import io.parley.kit.security.ProblemSecurityHandler;
import io.parley.kit.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/** Stateless resource server: who may call which path. Visibility of one conversation is decided in QueueView. */
@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, ProblemSecurityHandler problems, JwtAuthenticationConverter roles) throws Exception {
        ResourceServerSecurity.statelessJwt(http, problems, roles)
                .authorizeHttpRequests(auth -> auth.requestMatchers(ResourceServerSecurity.PUBLIC_PATHS).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/queue").hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/queue/rules", "/api/v1/queue/rules/*")
                        .hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/queue/rules/validate").hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/queue/rules", "/api/v1/queue/rules/*/activate")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/queue/conversations/*").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/queue/availability").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/queue/agents", "/api/v1/queue/available")
                        .hasAnyRole("AGENT", "SUPERVISOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/queue/conversations/*/assignments")
                        .hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/queue/conversations/*/take").hasRole("AGENT")
                        .requestMatchers(HttpMethod.POST, "/api/v1/queue/conversations/*/assign")
                        .hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/queue/conversations/*/transfer")
                        .hasAnyRole("AGENT", "SUPERVISOR", "ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/queue/conversations/*/priority")
                        .hasAnyRole("AGENT", "SUPERVISOR", "ADMIN")
                        .anyRequest().denyAll());
        return http.build();
    }
}
