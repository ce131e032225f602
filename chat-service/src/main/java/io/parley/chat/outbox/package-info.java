/**
 * Publishes chat-service's durable events from the documents that hold them (the MongoDB outbox): pending
 * lifecycle flags on conversations ({@code conversation.queued}, {@code conversation.ended}) and unpublished
 * MESSAGE events of the timeline ({@code message.sent}). One instance at a time holds the relay lease and
 * publishes in order with publisher confirms; flags are set only after the broker confirmed. Envelope ids are
 * derived from the documents, so a re-publish after a crash carries the same event id and consumers drop it.
 */
package io.parley.chat.outbox;
