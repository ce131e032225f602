/**
 * Who may call file-service: the security filter chain (JWT resource server from service-kit, public
 * health, metrics and API docs).
 */
package io.parley.file.security;
