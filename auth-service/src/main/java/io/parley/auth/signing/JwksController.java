package io.parley.auth.signing;

import com.nimbusds.jose.jwk.JWKSet;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public JWK set every resource server validates access tokens with. */
@RestController
class JwksController {
    private final SigningKey key;

    JwksController(SigningKey key) {
        this.key = key;
    }

    @Operation(summary = "Public keys that verify Parley access tokens (RFC 7517 JWK set)")
    @GetMapping(path = {"/api/v1/auth/jwks", "/.well-known/jwks.json"}, produces = "application/json")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(new JWKSet(key.publicJwk()).toJSONObject(true));
    }
}
