/**
 * Unread agent replies per customer, the first thing notification-service will push about. An agent's message
 * is unread until the customer writes again in that conversation (a customer who answers has seen what came
 * before). {@link io.parley.notification.unread.UnreadReplies} is the one place that changes this state; the
 * event handlers call it. Which customer a conversation belongs to is learned from the customer's own messages
 * or from {@code conversation.ended}, so replies are counted whatever order the events arrive in.
 */
package io.parley.notification.unread;
