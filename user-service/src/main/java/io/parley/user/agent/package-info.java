/**
 * Agents: the profile table, the one application service that changes an agent's status and capacity and adds
 * the {@code AgentStatusChanged} event to the outbox in the same transaction, the REST endpoints under
 * {@code /api/v1/agents} and {@code /api/v1/departments}, and the idempotent demo seed.
 */
package io.parley.user.agent;
