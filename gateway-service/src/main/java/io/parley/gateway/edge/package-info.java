/**
 * What happens at the edge before a request is proxied: JWT validation on auth-service's JWKS (with issuer
 * check) for every {@code /api/v1/**} path except the anonymous auth endpoints, CORS for {@code /api/**}, the
 * Origin allow-list for WebSocket upgrades on {@code /ws}, and RFC 9457 problem bodies for every refusal.
 */
package io.parley.gateway.edge;
