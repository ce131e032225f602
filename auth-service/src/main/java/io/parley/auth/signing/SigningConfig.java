package io.parley.auth.signing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The active signing key (read or created at start-up), the encoder that signs with it, and the decoder that
 * validates this service's own tokens with its public half (replacing service-kit's JWKS decoder: a service
 * need not fetch its own JWKS over HTTP).
 */
@Configuration(proxyBeanMethods = false)
class SigningConfig {

    @Bean
    SigningKeyStore signingKeyStore(JdbcClient jdbc) {
        return new SigningKeyStore(jdbc);
    }

    @Bean
    SigningKey signingKey(SigningKeyStore store) {
        return store.activeKey();
    }

    @Bean
    JwtEncoder jwtEncoder(SigningKey key) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key.jwk())));
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKey key, @Value("${parley.jwt.issuer:parley}") String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer)));
        return decoder;
    }
}
