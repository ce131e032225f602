package io.parley.chat.conversation;

import io.parley.chat.store.Conversation;
import io.parley.chat.store.ConversationEndedException;
import io.parley.chat.store.ConversationRouting;
import io.parley.chat.store.ConversationRouting.Routed;
import io.parley.chat.store.Conversations;
import io.parley.chat.store.Timeline;
import io.parley.chat.store.Timeline.Appended;
import io.parley.chat.store.TimelineEvent;
import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.ConversationRequeued;
import io.parley.contracts.events.ConversationTransferred;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What queue-service decides about a conversation, applied to it and its timeline: an assignment (also one that
 * replaces the agent), a transfer (with a staff-only note), a requeue. Each state change happens once per
 * consumed event id ({@link ConversationRouting}); timeline events get ids derived from the consumed event, so a
 * redelivery stores nothing twice and completes what a crash between two writes interrupted. Events about
 * unknown or ended conversations are ignored.
 */
@Service
public class RoutingService {
    private static final Logger log = LoggerFactory.getLogger(RoutingService.class);

    private final ConversationRouting routing;
    private final Conversations conversations;
    private final Timeline timeline;
    private final Announcer announcer;

    RoutingService(ConversationRouting routing, Conversations conversations, Timeline timeline, Announcer announcer) {
        this.routing = routing;
        this.conversations = conversations;
        this.timeline = timeline;
        this.announcer = announcer;
    }

    /**
     * The agent gets the conversation: a waiting one becomes ACTIVE; an active one with another agent changes
     * hands (the previous agent loses access). Adds an ASSIGNED event.
     */
    public void assign(UUID eventId, ConversationAssigned assignment) {
        Instant at = orNow(assignment.assignedAt());
        Optional<Routed> routed = routing.assign(assignment.conversationId(), eventId, assignment.agentId(),
                assignment.agentName(), assignment.department(), at);
        if (routed.isEmpty()) {
            log.info("ignored assignment of conversation {}: unknown or ended", assignment.conversationId());
            return;
        }
        TimelineEvent draft = TimelineEvent.assigned(
                assignment.conversationId(), assignment.agentId(), assignment.agentName(), eventId, at);
        append(routed.get().after(), draft, removedAgent(routed.get(), assignment.previousAgentId()));
    }

    /**
     * A TRANSFERRED event everyone sees and, with a note, a NOTE event for staff only. To a department, the
     * conversation waits again there (no agent); to an agent, the {@code conversation.assigned} that follows
     * moves it.
     */
    public void transfer(UUID eventId, ConversationTransferred transfer) {
        Instant at = orNow(transfer.at());
        Conversation conversation;
        String removedAgent = null;
        if (transfer.toAgentId() == null && transfer.toDepartment() != null) {
            Optional<Routed> routed = routing.queueAgain(transfer.conversationId(), eventId, transfer.toDepartment());
            if (routed.isEmpty()) {
                log.info("ignored transfer of conversation {}: unknown or ended", transfer.conversationId());
                return;
            }
            conversation = routed.get().after();
            removedAgent = removedAgent(routed.get(), transfer.fromAgentId());
        } else {
            Optional<Conversation> open = conversations.find(transfer.conversationId()).filter(c -> !c.isEnded());
            if (open.isEmpty()) {
                log.info("ignored transfer of conversation {}: unknown or ended", transfer.conversationId());
                return;
            }
            conversation = open.get();
        }
        append(conversation, TimelineEvent.transferred(transfer, eventId, at), removedAgent);
        if (transfer.note() != null && !transfer.note().isBlank()) {
            append(conversation, TimelineEvent.note(transfer, eventId, at), null);
        }
    }

    /** The conversation waits again at the front of its lane, without an agent; adds a REQUEUED event. */
    public void requeue(UUID eventId, ConversationRequeued requeue) {
        Optional<Routed> routed = routing.queueAgain(requeue.conversationId(), eventId, requeue.department());
        if (routed.isEmpty()) {
            log.info("ignored requeue of conversation {}: unknown or ended", requeue.conversationId());
            return;
        }
        TimelineEvent draft = TimelineEvent.requeued(requeue, eventId, orNow(requeue.at()));
        append(routed.get().after(), draft, removedAgent(routed.get(), requeue.fromAgentId()));
    }

    private void append(Conversation conversation, TimelineEvent draft, String removedAgentId) {
        try {
            Appended appended = timeline.append(draft);
            if (appended.created()) {
                announcer.stored(conversation, appended.event(), removedAgentId);
            }
        } catch (ConversationEndedException endedMeanwhile) {
            log.info("conversation {} ended while being routed", conversation.id());
        }
    }

    /**
     * Who lost the conversation with this change: known from the stored state when this call applied it; after a
     * redelivery (the change was applied before, the event perhaps not stored), the event's own account of it.
     */
    private static String removedAgent(Routed routed, String namedByTheEvent) {
        return routed.applied() ? routed.removedAgentId() : namedByTheEvent;
    }

    private static Instant orNow(Instant at) {
        return at == null ? Instant.now() : at;
    }
}
