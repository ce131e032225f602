package io.parley.queue.position;

import io.parley.contracts.events.AgentStatus;
import io.parley.queue.agent.Agent;
import io.parley.queue.assignment.Eligibility;
import io.parley.queue.estimate.WaitEstimator;
import io.parley.queue.line.Entry;
import io.parley.queue.line.LineOrder;
import io.parley.queue.rules.RuleSet;
import io.parley.queue.rules.RuleSet.WhenNoAgentOnline;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Positions and estimated waits of every waiting conversation (docs/architecture.md, "Estimated wait"): per
 * conversation, {@code C} and {@code F} are the capacity and free places of the ONLINE agents whose departments
 * and skills fit it, {@code H} its lane's mean handling time. Pure.
 */
public final class Standings {
    private Standings() {}

    /**
     * @param meanHandlingSeconds by lane (null key: the no-department lane); a lane missing gets the default
     * @return by conversation, lane by lane in line order
     */
    public static Map<UUID, Standing> of(
            Collection<Entry> entries, Collection<Agent> agents, RuleSet rules,
            Map<String, Double> meanHandlingSeconds, Instant now) {
        List<Agent> online = agents.stream().filter(a -> a.status() == AgentStatus.ONLINE).toList();
        Map<String, Double> means = new HashMap<>(meanHandlingSeconds); // may hold the null lane
        Map<UUID, Standing> standings = new LinkedHashMap<>();
        for (Map.Entry<String, List<Entry>> lane : LineOrder.lanes(entries, rules, now).entrySet()) {
            double handling = means.getOrDefault(lane.getKey(), WaitEstimator.DEFAULT_HANDLING_SECONDS);
            boolean offersMessage =
                    rules.policyOf(lane.getKey()).whenNoAgentOnline() == WhenNoAgentOnline.LEAVE_MESSAGE;
            int position = 0;
            for (Entry entry : lane.getValue()) {
                position++;
                int capacity = 0;
                int free = 0;
                boolean anyone = false;
                for (Agent agent : online) {
                    if (Eligibility.serves(agent, entry.department(), entry.skills())) {
                        anyone = true;
                        capacity += agent.capacity();
                        free += agent.spare();
                    }
                }
                standings.put(entry.conversationId(), new Standing(entry.conversationId(), entry.customerId(),
                        lane.getKey(), position, WaitEstimator.estimateSeconds(position, free, capacity, handling),
                        offersMessage && !anyone, LineOrder.effectivePriority(entry, rules, now)));
            }
        }
        return standings;
    }
}
