package io.parley.gateway.edge;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.edge.*}: the browser origins allowed for CORS and WebSocket upgrades, and where access tokens
 * are checked (auth-service's JWKS and the expected issuer).
 */
@ConfigurationProperties("parley.edge")
public record EdgeProperties(List<String> corsOrigins, String jwksUri, String issuer) {

    public EdgeProperties {
        corsOrigins = corsOrigins == null
                ? List.of()
                : corsOrigins.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        issuer = issuer == null || issuer.isBlank() ? "parley" : issuer;
    }

    public boolean allowsOrigin(String origin) {
        return corsOrigins.contains(origin);
    }
}
