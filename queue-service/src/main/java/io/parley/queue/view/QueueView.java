package io.parley.queue.view;

import io.parley.kit.security.Caller;
import io.parley.queue.agent.AgentRoster;
import io.parley.queue.assignment.Decision;
import io.parley.queue.assignment.DecisionLog;
import io.parley.queue.line.Entry;
import io.parley.queue.line.EntryStatus;
import io.parley.queue.line.EscalationLog;
import io.parley.queue.line.WaitingLine;
import io.parley.queue.position.PositionPublisher;
import io.parley.queue.position.Standing;
import io.parley.queue.rules.ActiveRules;
import io.parley.queue.rules.RuleSet;
import io.parley.queue.rules.RuleSet.Mode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Answers the REST reads of the line and decides who may see what (404 for what the caller may not see). */
@Service
public class QueueView {
    private final WaitingLine line;
    private final AgentRoster agents;
    private final PositionPublisher positions;
    private final ActiveRules rules;
    private final EscalationLog escalations;
    private final DecisionLog decisions;
    private final Visibility visibility;

    QueueView(WaitingLine line, AgentRoster agents, PositionPublisher positions, ActiveRules rules,
            EscalationLog escalations, DecisionLog decisions, Visibility visibility) {
        this.line = line;
        this.agents = agents;
        this.positions = positions;
        this.rules = rules;
        this.escalations = escalations;
        this.decisions = decisions;
        this.visibility = visibility;
    }

    @Transactional(readOnly = true)
    public ConversationView conversation(Caller caller, String id) {
        return viewOf(visible(caller, id));
    }

    /** The view of an entry now (no visibility check), inside the caller's transaction. */
    public ConversationView viewOf(Entry entry) {
        Standing standing = null;
        if (entry.status() == EntryStatus.WAITING) {
            List<Entry> lane = line.waiting().stream()
                    .filter(e -> Objects.equals(e.department(), entry.department()))
                    .toList();
            standing = positions.standings(lane, agents.all(), rules.current().rules(), now()).get(entry.conversationId());
        }
        return new ConversationView(entry.conversationId(), entry.status(),
                standing == null ? null : standing.position(), entry.agentId(), entry.department(), entry.priority(),
                standing == null ? null : standing.estimatedWaitSeconds(),
                standing != null && standing.offerLeaveMessage());
    }

    @Transactional(readOnly = true)
    public QueueOverview overview(Caller caller) {
        if (!caller.isSupervisor()) {
            throw new AccessDeniedException("only supervisors and admins see the whole line");
        }
        return new QueueOverview(waiting(e -> true), agents.all().stream().map(QueueOverview.AgentLoad::of).toList());
    }

    /** Every agent with its status and load (transfer targets). */
    @Transactional(readOnly = true)
    public List<QueueOverview.AgentLoad> agents() {
        return agents.all().stream().map(QueueOverview.AgentLoad::of).toList();
    }

    /** Waiting conversations of MANUAL departments the caller could take (department and skills), in line order. */
    @Transactional(readOnly = true)
    public List<QueueOverview.WaitingConversation> available(Caller caller) {
        RuleSet ruleSet = rules.current().rules();
        boolean anyone = caller.isSupervisor() && visibility.profile(caller).isEmpty();
        Set<String> departments = visibility.departments(caller);
        List<String> skills = visibility.skills(caller);
        return waiting(e -> ruleSet.policyOf(e.department()).mode() == Mode.MANUAL
                && (anyone || ((e.department() == null || departments.contains(e.department()))
                        && skills.containsAll(e.skills()))));
    }

    /** Every assignment decision about a conversation, oldest first (supervisors and admins). */
    @Transactional(readOnly = true)
    public List<Decision> assignments(Caller caller, String id) {
        Entry entry = visible(caller, id);
        if (!caller.isSupervisor()) {
            throw new AccessDeniedException("only supervisors and admins see assignment decisions");
        }
        return decisions.of(entry.conversationId());
    }

    /** The entry if the caller may see it; 404 otherwise (also for a malformed id). */
    public Entry visible(Caller caller, String id) {
        return line.find(parse(id)).filter(e -> visibility.maySee(caller, e)).orElseThrow(QueueView::notFound);
    }

    private List<QueueOverview.WaitingConversation> waiting(Predicate<Entry> wanted) {
        RuleSet ruleSet = rules.current().rules();
        List<Entry> waiting = line.waiting();
        Map<UUID, Entry> byId = waiting.stream().collect(Collectors.toMap(Entry::conversationId, e -> e));
        Set<UUID> escalated = escalations.firedForWaiting().keySet();
        return positions.standings(waiting, agents.all(), ruleSet, now()).values().stream()
                .filter(s -> wanted.test(byId.get(s.conversationId())))
                .map(s -> {
                    Entry e = byId.get(s.conversationId());
                    return new QueueOverview.WaitingConversation(e.conversationId(), e.customerId(), e.department(),
                            e.priority(), s.effectivePriority(), e.vip(), e.skills(), e.enqueuedAt(), s.position(),
                            s.estimatedWaitSeconds(), escalated.contains(e.conversationId()),
                            ruleSet.policyOf(e.department()).mode());
                })
                .toList();
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "conversation not found");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
