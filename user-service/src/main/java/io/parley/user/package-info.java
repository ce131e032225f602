/**
 * user-service owns the people behind Parley's staff accounts: agent profiles (the same ids as the
 * auth-service accounts), their departments and skills, the status an agent chose (ONLINE, AWAY, OFFLINE:
 * whether they accept chats, not whether a socket is open) and their capacity; and what staff know about
 * customers (VIP flag, attributes). Changes leave as {@code agent.status-changed} and {@code customer.updated}
 * events through the service-kit outbox.
 */
package io.parley.user;
