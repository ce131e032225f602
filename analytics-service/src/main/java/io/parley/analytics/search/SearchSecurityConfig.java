package io.parley.analytics.search;

import io.parley.kit.security.ProblemSecurityHandler;
import io.parley.kit.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call analytics-service: health, metrics and API docs are open; message search needs a token of a
 * customer (GUEST/CUSTOMER), an agent or a supervisor/admin (what each sees is decided by {@link MessageSearch});
 * anything else needs a valid token. 401 and 403 are problem+json.
 */
@Configuration(proxyBeanMethods = false)
class SearchSecurityConfig {

    @Bean
    SecurityFilterChain analyticsSecurityFilterChain(
            HttpSecurity http, ProblemSecurityHandler problems, JwtAuthenticationConverter roles) throws Exception {
        ResourceServerSecurity.statelessJwt(http, problems, roles)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(ResourceServerSecurity.PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/search/messages")
                        .hasAnyRole("GUEST", "CUSTOMER", "AGENT", "SUPERVISOR", "ADMIN")
                        .anyRequest()
                        .authenticated());
        return http.build();
    }
}
