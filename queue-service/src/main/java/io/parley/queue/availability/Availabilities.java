package io.parley.queue.availability;

import io.parley.contracts.events.AgentStatus;
import io.parley.queue.agent.Agent;
import io.parley.queue.agent.AgentRoster;
import io.parley.queue.estimate.WaitEstimator;
import io.parley.queue.line.HandlingTimes;
import io.parley.queue.line.WaitingLine;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Computes a department's {@link Availability}: {@code C} = capacity and {@code F} = free places of its ONLINE
 * agents, position = conversations waiting in its lane + 1, {@code H} = its mean handling time. An unknown
 * department simply has nobody online.
 */
@Service
class Availabilities {
    private static final Pattern DEPARTMENT = Pattern.compile("[a-z0-9-]{1,40}");

    private final AgentRoster agents;
    private final WaitingLine line;
    private final HandlingTimes handlingTimes;

    Availabilities(AgentRoster agents, WaitingLine line, HandlingTimes handlingTimes) {
        this.agents = agents;
        this.line = line;
        this.handlingTimes = handlingTimes;
    }

    @Transactional(readOnly = true)
    Availability of(String department) {
        String lane = department == null ? "" : department.trim().toLowerCase(Locale.ROOT);
        if (!DEPARTMENT.matcher(lane).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "department must be 1-40 of [a-z0-9-]");
        }
        List<Agent> online = agents.all().stream()
                .filter(a -> a.status() == AgentStatus.ONLINE && a.departments().contains(lane))
                .toList();
        if (online.isEmpty()) {
            return new Availability(lane, false, 0, null);
        }
        int capacity = online.stream().mapToInt(Agent::capacity).sum();
        int free = online.stream().mapToInt(Agent::spare).sum();
        long waiting = line.waiting().stream().filter(e -> lane.equals(e.department())).count();
        double handling = handlingTimes.meanSeconds(List.of(lane))
                .getOrDefault(lane, WaitEstimator.DEFAULT_HANDLING_SECONDS);
        Integer estimate = WaitEstimator.estimateSeconds((int) waiting + 1, free, capacity, handling);
        return new Availability(lane, true, online.size(), estimate);
    }
}
