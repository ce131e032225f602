/**
 * Routing by hand over REST: an agent takes a conversation from a manual department's list, a supervisor assigns
 * or moves one, its agent or a supervisor transfers it (to an agent at once, or to the front of a department's
 * lane, with a note for agents), staff change its priority. Every change happens under the queue lock with its
 * events, like the automatic routing in {@code assignment}.
 */
package io.parley.queue.desk;
