/**
 * REST reads of the line: where one conversation stands with its estimated wait (for its customer, its agent,
 * agents of its department while it waits, supervisors), the whole line with the agents' loads (supervisors),
 * the agents (transfer targets), the manual list an agent may take from, and the assignment decisions of a
 * conversation. Reads only; nothing here changes the line.
 */
package io.parley.queue.view;
