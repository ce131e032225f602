package io.parley.file.platform;

import io.parley.kit.security.ProblemSecurityHandler;
import io.parley.kit.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API needs a valid access token. Open without one: health, Prometheus, the OpenAPI document, and the
 * signed downloads {@code GET /files/**}, whose signature and expiry stand in for the token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandler problems, JwtAuthenticationConverter roles)
            throws Exception {
        ResourceServerSecurity.statelessJwt(http, problems, roles)
                .authorizeHttpRequests(auth -> auth.requestMatchers(ResourceServerSecurity.PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/files/**")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated());
        return http.build();
    }
}
