package io.parley.queue.view;

import io.parley.kit.security.Caller;
import io.parley.queue.agent.AgentRoster;
import io.parley.queue.line.Entry;
import io.parley.queue.line.WaitingLine;
import io.parley.queue.line.WaitingLine.Located;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Answers the REST reads and decides who may see what. */
@Service
class QueueView {
    private final WaitingLine line;
    private final AgentRoster agents;

    QueueView(WaitingLine line, AgentRoster agents) {
        this.line = line;
        this.agents = agents;
    }

    /** Its customer, its assigned agent, supervisors and admins see a conversation; anyone else gets 404. */
    @Transactional(readOnly = true)
    public ConversationPosition conversation(Caller caller, String id) {
        UUID conversationId = parse(id);
        Located located = line.locate(conversationId)
                .filter(l -> maySee(caller, l.entry()))
                .orElseThrow(QueueView::notFound);
        Entry entry = located.entry();
        return new ConversationPosition(entry.conversationId(), entry.status(), located.position(), entry.agentId());
    }

    @Transactional(readOnly = true)
    public QueueOverview overview(Caller caller) {
        if (!caller.isSupervisor()) {
            throw new AccessDeniedException("only supervisors and admins see the whole line");
        }
        return new QueueOverview(
                line.allPositions().stream()
                        .map(w -> new QueueOverview.WaitingConversation(w.conversationId(), w.customerId(),
                                w.department(), w.priority(), w.enqueuedAt(), w.position()))
                        .toList(),
                agents.all().stream()
                        .map(a -> new QueueOverview.AgentLoad(a.agentId(), a.displayName(), a.status(), a.capacity(),
                                a.active(), a.departments()))
                        .toList());
    }

    private static boolean maySee(Caller caller, Entry entry) {
        return caller.isSupervisor()
                || Objects.equals(caller.id(), entry.customerId())
                || (entry.agentId() != null && Objects.equals(caller.id(), entry.agentId()));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "conversation not found");
    }
}
