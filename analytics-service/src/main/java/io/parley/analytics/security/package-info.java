/**
 * Who may call analytics-service: the security filter chain (JWT resource server from service-kit, public
 * health, metrics and API docs).
 */
package io.parley.analytics.security;
