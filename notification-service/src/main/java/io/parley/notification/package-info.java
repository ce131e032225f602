/**
 * notification-service: push, email and in-app notifications. This issue consumes {@code message.sent} and
 * {@code conversation.ended} and keeps, in PostgreSQL schema {@code notify}, the agent replies each customer
 * has not answered yet ({@link io.parley.notification.unread}); sending push and email comes in a later issue.
 * Who may call it is decided by service-kit's default security filter chain (health, metrics and API docs
 * open; everything else needs a valid access token).
 */
package io.parley.notification;
