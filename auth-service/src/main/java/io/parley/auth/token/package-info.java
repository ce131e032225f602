/**
 * Sessions: {@link io.parley.auth.token.TokenService} issues a short RS256 access token and an opaque refresh
 * token for a guest or a staff login, rotates the refresh token on every use (reusing a rotated one revokes
 * its whole family, that is the session) and revokes on logout. Refresh tokens are 256 random bits, stored
 * only as SHA-256 hashes ({@link io.parley.auth.token.OpaqueTokens}).
 */
package io.parley.auth.token;
