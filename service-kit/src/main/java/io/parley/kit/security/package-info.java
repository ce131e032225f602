/**
 * Token validation shared by every resource server: a {@link org.springframework.security.oauth2.jwt.JwtDecoder}
 * on auth-service's JWKS that also checks the issuer, the {@code roles} claim mapped to {@code ROLE_*}
 * authorities, {@link io.parley.kit.security.Caller} (who is calling), and problem+json bodies for 401 and 403.
 */
package io.parley.kit.security;
