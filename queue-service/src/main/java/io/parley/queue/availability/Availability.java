package io.parley.queue.availability;

/**
 * A department's availability now.
 *
 * @param available an ONLINE agent of the department exists
 * @param estimatedWaitSeconds for a conversation started now (placed behind those waiting), null when nobody is
 *     ONLINE
 */
record Availability(String department, boolean available, int agentsOnline, Integer estimatedWaitSeconds) {}
