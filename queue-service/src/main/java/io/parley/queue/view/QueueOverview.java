package io.parley.queue.view;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.Priority;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The whole line lane by lane, and every agent's status and load. */
record QueueOverview(List<WaitingConversation> waiting, List<AgentLoad> agents) {

    /** {@code department} null: the customer named none and any agent may take it. */
    record WaitingConversation(
            UUID conversationId, String customerId, String department, Priority priority, Instant enqueuedAt, int position) {}

    record AgentLoad(
            String agentId, String displayName, AgentStatus status, int capacity, int active, List<String> departments) {}
}
