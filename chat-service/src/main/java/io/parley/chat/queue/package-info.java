/**
 * Events from queue-service, consumed through the service kit's dispatcher (queue {@code chat-service.events}):
 * an assignment updates the conversation and its timeline; new queue positions are pushed live to the waiting
 * customers (not stored: the next change supersedes them). Handlers are idempotent, so a redelivery stores
 * nothing new.
 */
package io.parley.chat.queue;
