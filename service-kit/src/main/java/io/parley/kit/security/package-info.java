/**
 * Token validation shared by every resource server: a {@link org.springframework.security.oauth2.jwt.JwtDecoder}
 * on auth-service's JWKS that also checks the issuer, the {@code roles} claim mapped to {@code ROLE_*}
 * authorities, {@link io.parley.kit.security.Caller} (who is calling), and problem+json bodies for 401 and 403.
 * A service without a {@code SecurityFilterChain} of its own gets the kit's default one (health, metrics and API
 * docs open, everything else authenticated); one that needs its own rules builds it on
 * {@link io.parley.kit.security.ResourceServerSecurity}.
 */
package io.parley.kit.security;
