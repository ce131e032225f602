/**
 * Wiring that is not a feature: HTTP security (JWT resource server, problem+json for 401/403) and this
 * instance's id.
 */
package io.parley.chat.platform;
