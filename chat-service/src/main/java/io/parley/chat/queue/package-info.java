/**
 * Events from queue-service, consumed through the service kit's dispatcher (queue {@code chat-service.events}):
 * an assignment (also one that replaces the agent), a transfer (with its staff-only note) and a requeue update
 * the conversation and its timeline through {@link io.parley.chat.conversation.RoutingService}; new queue
 * positions and wait estimates are pushed live to the waiting customers (not stored: the next change supersedes
 * them). Handlers are idempotent, so a redelivery stores nothing new.
 */
package io.parley.chat.queue;
