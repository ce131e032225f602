/**
 * HTTP rate limits: token buckets in Redis (one Lua script, the server's clock), keyed per authenticated user
 * for {@code /api/v1/**} and per client IP for the anonymous auth endpoints and {@code /ws} upgrades. Over the
 * limit: 429 with {@code Retry-After} and a problem body. If Redis is unreachable requests pass (fail open).
 */
package io.parley.gateway.ratelimit;
