/**
 * Conversations as the product sees them: start (idempotent per customer, with the customer's details and
 * routing choice), send (idempotent per {@code clientMessageId}), end (idempotent), routing by queue-service
 * (assignment, reassignment, transfer with a staff-only note, requeue: {@code RoutingService}), and reading the
 * timeline (NOTE events left out for the customer). The application services here are the only code that
 * changes conversations; REST controllers, the STOMP handler and event handlers only bind input and call them.
 * Who may see a conversation: its customer, its assigned agent, supervisors and admins; anyone else (also an
 * agent it was taken from) gets "not found".
 */
package io.parley.chat.conversation;
