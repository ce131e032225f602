/**
 * queue-service: the waiting line in PostgreSQL and the assignment of waiting conversations to online agents.
 * {@code line} stores the entries, {@code agent} what is known of each agent, {@code assignment} decides and
 * applies assignments under one advisory lock and consumes the events that change the line, and {@code view}
 * answers the REST reads.
 */
package io.parley.queue;
