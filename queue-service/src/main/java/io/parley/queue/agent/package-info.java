/**
 * What queue-service knows of each agent: the status and capacity the agent chose and its departments and
 * skills (from {@code agent.status-changed}), how many conversations it carries now ({@code active}), when it
 * last got or finished one (for the ROUND_ROBIN and LONGEST_IDLE strategies) and since when it is OFFLINE (for
 * auto-requeue). Only the storage lives here; {@code assignment} decides who gets what.
 */
package io.parley.queue.agent;
