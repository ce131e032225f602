package io.parley.queue.position;

import io.parley.contracts.events.QueuePositionsChanged;
import io.parley.kit.outbox.Outbox;
import io.parley.queue.agent.Agent;
import io.parley.queue.estimate.WaitEstimator;
import io.parley.queue.line.Entry;
import io.parley.queue.line.HandlingTimes;
import io.parley.queue.line.Published;
import io.parley.queue.line.Published.Told;
import io.parley.queue.rules.RuleSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells waiting customers where they stand, inside the caller's transaction (which holds the queue lock): one
 * {@code queue.positions-changed} naming every conversation whose position or leave-a-message offer changed,
 * or whose estimate moved by at least 15 s and 20 % since it was last told; nothing when none did.
 */
@Component
public class PositionPublisher {
    private final Published published;
    private final HandlingTimes handlingTimes;
    private final Outbox outbox;

    PositionPublisher(Published published, HandlingTimes handlingTimes, Outbox outbox) {
        this.published = published;
        this.handlingTimes = handlingTimes;
        this.outbox = outbox;
    }

    /** Standings of the given waiting entries (with the lanes' recent handling times). */
    public Map<UUID, Standing> standings(Collection<Entry> waiting, Collection<Agent> agents, RuleSet rules, Instant now) {
        List<String> lanes = waiting.stream().map(Entry::department).distinct().toList();
        return Standings.of(waiting, agents, rules, handlingTimes.meanSeconds(lanes), now);
    }

    /** Publishes what changed; returns how many conversations were told. */
    public int publish(Collection<Entry> waiting, Collection<Agent> agents, RuleSet rules, Instant now) {
        Map<UUID, Told> told = published.ofWaiting();
        List<QueuePositionsChanged.Position> positions = new ArrayList<>();
        List<Told> remembered = new ArrayList<>();
        for (Standing s : standings(waiting, agents, rules, now).values()) {
            Told last = told.get(s.conversationId());
            if (last != null && !changed(last, s)) {
                continue;
            }
            positions.add(new QueuePositionsChanged.Position(s.conversationId(), s.customerId(), s.position(),
                    s.estimatedWaitSeconds(), s.offerLeaveMessage()));
            remembered.add(new Told(s.conversationId(), s.position(), s.estimatedWaitSeconds(), s.offerLeaveMessage()));
        }
        if (!positions.isEmpty()) {
            outbox.add(new QueuePositionsChanged(positions, now));
            published.remember(remembered);
        }
        return positions.size();
    }

    static boolean changed(Told last, Standing now) {
        return !Objects.equals(last.position(), now.position())
                || last.offerLeaveMessage() != now.offerLeaveMessage()
                || WaitEstimator.worthPublishing(last.estimatedWaitSeconds(), now.estimatedWaitSeconds());
    }
}
