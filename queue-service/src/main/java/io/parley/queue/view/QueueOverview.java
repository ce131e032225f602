package io.parley.queue.view;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.Priority;
import io.parley.queue.agent.Agent;
import io.parley.queue.rules.RuleSet.Mode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The whole line lane by lane, and every agent's status and load. */
public record QueueOverview(List<WaitingConversation> waiting, List<AgentLoad> agents) {

    /**
     * @param department null: the customer named none and any agent may take it
     * @param effectivePriority priority level with VIP and aging (0 = LOW .. 3 = URGENT, higher after aging)
     * @param escalated whether an escalation rule fired for it
     * @param mode its department's mode: AUTOMATIC, or MANUAL (agents take it from the shared list)
     */
    public record WaitingConversation(
            UUID conversationId,
            String customerId,
            String department,
            Priority priority,
            int effectivePriority,
            boolean vip,
            List<String> skills,
            Instant enqueuedAt,
            int position,
            Integer estimatedWaitSeconds,
            boolean escalated,
            Mode mode) {}

    public record AgentLoad(
            String agentId,
            String displayName,
            AgentStatus status,
            int capacity,
            int active,
            List<String> departments,
            List<String> skills) {

        static AgentLoad of(Agent a) {
            return new AgentLoad(a.agentId(), a.displayName(), a.status(), a.capacity(), a.active(), a.departments(),
                    a.skills());
        }
    }
}
