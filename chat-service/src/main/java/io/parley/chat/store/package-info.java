/**
 * The MongoDB documents of chat-service and every write to them. MongoDB gives no multi-document
 * transactions here, so each write that must not be torn is one single-document operation: a conversation's
 * state change carries its own pending durable events (flags the outbox relay reads), a timeline event
 * carries its own {@code published} flag, and sequence numbers come from an atomic {@code $inc} on the
 * conversation; a routing change and the id of the event that caused it are one write, so it happens once.
 * Sequences of writes are idempotent, so whoever retries (an HTTP client, a redelivered RabbitMQ event)
 * completes what a crash interrupted. Nothing here knows about HTTP, STOMP or Redis.
 */
package io.parley.chat.store;
