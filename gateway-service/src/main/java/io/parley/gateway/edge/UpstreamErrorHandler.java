package io.parley.gateway.edge;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Failures of the gateway itself as problem+json: a service that cannot be reached is 503, one that does not
 * answer in time 504, and gateway status errors (no route, no instance) keep their status. Anything else goes
 * on to Boot's default handler (500).
 */
@Component
@Order(-2)
class UpstreamErrorHandler implements WebExceptionHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (causedBy(error, ConnectException.class)) {
            return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "the service is not reachable");
        }
        if (causedBy(error, TimeoutException.class) || causedBy(error, io.netty.handler.timeout.TimeoutException.class)) {
            return Problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "the service did not answer in time");
        }
        if (error instanceof ResponseStatusException status) {
            HttpStatus code = HttpStatus.resolve(status.getStatusCode().value());
            if (code != null) {
                return Problems.write(exchange, code, code.is5xxServerError()
                        ? "the service is not available" : code.getReasonPhrase().toLowerCase());
            }
        }
        return Mono.error(error);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
