/**
 * auth-service: who may call Parley. {@code account} holds guests and staff with their passwords and the demo
 * seed; {@code signing} holds the RSA key that signs access tokens and publishes it as a JWKS; {@code token}
 * issues access tokens and rotating refresh tokens (guest, login, refresh, logout); {@code web} is the
 * security filter chain and the problem+json answers for bad input.
 */
package io.parley.auth;
