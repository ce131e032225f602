/**
 * Agents: the profile table, the one application service that changes an agent (status and capacity chosen by
 * the agent; departments, skills and capacity set by an admin) and adds the {@code AgentStatusChanged} event with
 * the full state to the outbox in the same transaction, the REST endpoints under {@code /api/v1/agents} and
 * {@code /api/v1/departments}, and the idempotent demo seed.
 */
package io.parley.user.agent;
