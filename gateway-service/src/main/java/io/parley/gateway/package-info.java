/**
 * gateway-service, the single entry point: routes {@code /api/v1/**} to the services and {@code /ws} to
 * chat-service (round robin over its instances), checks access tokens at the edge, applies CORS and the
 * WebSocket Origin allow-list, rate-limits per user and per client IP in Redis, and serves every service's
 * OpenAPI document in one Swagger UI. Routes themselves are configuration ({@code application.yml}).
 */
package io.parley.gateway;
