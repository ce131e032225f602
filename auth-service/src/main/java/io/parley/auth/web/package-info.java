/**
 * HTTP concerns shared by every endpoint: the security filter chain (everything public except
 * {@code GET /api/v1/auth/me}) and problem+json answers for invalid or malformed request bodies.
 */
package io.parley.auth.web;
