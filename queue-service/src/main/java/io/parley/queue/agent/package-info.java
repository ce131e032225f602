/**
 * What queue-service knows of each agent: the status and capacity the agent chose (from
 * {@code agent.status-changed}), its departments, and how many conversations it carries now ({@code active}).
 * Only the storage lives here; {@code assignment} decides who gets what.
 */
package io.parley.queue.agent;
