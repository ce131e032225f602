/**
 * Conversations as the product sees them: start (idempotent per customer), send (idempotent per
 * {@code clientMessageId}), end (idempotent), assignment by queue-service, and reading the timeline. The
 * application services here are the only code that changes conversations; REST controllers and the STOMP
 * handler only bind input and call them. Who may see a conversation: its customer, its assigned agent,
 * supervisors and admins; anyone else gets "not found".
 */
package io.parley.chat.conversation;
