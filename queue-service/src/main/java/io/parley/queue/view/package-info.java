/**
 * REST reads of the line: where one conversation stands (for its customer, its agent and supervisors) and
 * the whole line with the agents' loads (for supervisors). Reads only; nothing here changes the line.
 */
package io.parley.queue.view;
