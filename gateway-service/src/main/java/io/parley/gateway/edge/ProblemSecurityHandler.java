package io.parley.gateway.edge;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 and 403 as problem+json. The reason is one of a few fixed phrases and never echoes the token. */
class ProblemSecurityHandler implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
        return Problems.write(exchange, HttpStatus.UNAUTHORIZED, reason(e));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
        return Problems.write(exchange, HttpStatus.FORBIDDEN, "you may not do this");
    }

    static String reason(AuthenticationException e) {
        if (e instanceof AuthenticationCredentialsNotFoundException) {
            return "missing bearer token";
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase();
        if (message.contains("expired")) {
            return "access token expired";
        }
        return "invalid access token";
    }
}
