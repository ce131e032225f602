/**
 * What every Parley Spring service shares, auto-configured: event publishing with publisher confirms and the
 * RabbitMQ topology ({@code events}), the transactional outbox and idempotent consumption for services with a
 * PostgreSQL schema ({@code outbox}), and problem+json errors for security failures ({@code web}).
 * Business code never lives here.
 */
package io.parley.kit;
