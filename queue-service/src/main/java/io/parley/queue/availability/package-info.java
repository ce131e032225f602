/**
 * Availability before a conversation starts: whether an agent of a department is ONLINE now, how many, and the
 * wait a new conversation of that department could expect ({@link io.parley.queue.estimate.WaitEstimator} on the
 * lane as it stands, with the department's handling times). The widget shows it on its pre-chat form. Reads only.
 */
package io.parley.queue.availability;
