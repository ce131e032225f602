package io.parley.chat.conversation;

import io.parley.chat.store.Conversation;
import io.parley.chat.store.ConversationFilter;
import io.parley.chat.store.ConversationEndedException;
import io.parley.chat.store.Conversations;
import io.parley.chat.store.CustomerDetails;
import io.parley.chat.store.RoutingChoice;
import io.parley.chat.store.Timeline;
import io.parley.chat.store.Timeline.Appended;
import io.parley.chat.store.TimelineEvent;
import io.parley.chat.store.TimelineEventType;
import io.parley.kit.security.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A conversation's life: started by a customer, given to an agent by queue-service, ended by either side.
 * Every method can be repeated safely, and a repeat completes what a crash between two writes interrupted.
 */
@Service
public class ConversationService {
    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

    private final Conversations conversations;
    private final Timeline timeline;
    private final ConversationLookup lookup;
    private final MessageService messages;
    private final Departments departments;
    private final Announcer announcer;

    ConversationService(Conversations conversations, Timeline timeline, ConversationLookup lookup,
            MessageService messages, Departments departments, Announcer announcer) {
        this.conversations = conversations;
        this.timeline = timeline;
        this.lookup = lookup;
        this.messages = messages;
        this.departments = departments;
        this.announcer = announcer;
    }

    /** The conversation, and whether this call created it (false: a repeat of the same start). */
    public record Started(Conversation conversation, boolean created) {}

    /**
     * Starts a waiting conversation whose first message (seq 1) is the customer's text; emits
     * {@code conversation.queued}. Idempotent per customer on {@code clientMessageId}; a repeat keeps the details
     * stored first. {@code customer} has been checked by {@link CustomerDetailsRules}, {@code routing} by
     * {@link RoutingChoiceRules}.
     */
    public Started start(Caller caller, UUID clientMessageId, String text, String department,
            CustomerDetails customer, RoutingChoice routing) {
        if (!caller.isCustomer()) {
            throw new NotAllowedException("only guests and customers start conversations");
        }
        MessageRules.check(clientMessageId, text);
        String resolvedDepartment = departments.resolve(department);
        Started started = conversations.findStarted(caller.id(), clientMessageId)
                .map(existing -> new Started(existing, false))
                .orElseGet(() -> insertOrFind(caller, clientMessageId, text, resolvedDepartment, customer, routing));
        Conversation conversation = started.conversation();
        try {
            // Idempotent: also completes a start whose first message a crash kept from being stored.
            messages.store(conversation, caller, clientMessageId, text);
        } catch (ConversationEndedException endedBeforeItsFirstMessage) {
            log.debug("conversation {} ended before its first message was stored", conversation.id());
        }
        announcer.lifecycleChanged();
        return new Started(conversations.find(conversation.id()).orElseThrow(), started.created());
    }

    private Started insertOrFind(Caller caller, UUID clientMessageId, String text, String department,
            CustomerDetails customer, RoutingChoice routing) {
        try {
            Conversation fresh = Conversation.start(
                    caller.id(), department, clientMessageId, customer, routing, text, Instant.now());
            return new Started(conversations.insert(fresh), true);
        } catch (DuplicateKeyException concurrentStart) {
            Conversation other = conversations.findStarted(caller.id(), clientMessageId).orElseThrow(() -> concurrentStart);
            return new Started(other, false);
        }
    }

    public Conversation get(Caller caller, UUID id) {
        return lookup.visible(caller, id);
    }

    /**
     * One page of the conversations the caller may see that match the filter, newest first. A customer sees only
     * their own: naming another customer is refused.
     */
    public List<Conversation> list(Caller caller, ConversationFilter filter) {
        if (caller.isCustomer() && !caller.isSupervisor() && filter.customerId() != null
                && !filter.customerId().equals(caller.id())) {
            throw new NotAllowedException("customers see only their own conversations");
        }
        return conversations.list(caller, filter);
    }

    /**
     * Reopens an ENDED conversation (its customer, or staff who may see it): it waits in line again, a REOPENED
     * event is stored and pushed, and {@code conversation.queued} is published anew (event id from the
     * conversation id and the reopen count). An end not yet announced on the bus is waited for briefly.
     */
    public Conversation reopen(Caller caller, UUID id) {
        Conversation before = lookup.visible(caller, id);
        if (!before.isEnded()) {
            throw new ConversationNotEndedException();
        }
        Instant deadline = Instant.now().plusSeconds(3);
        Optional<Conversation> reopened = conversations.reopen(id, Instant.now());
        while (reopened.isEmpty() && Instant.now().isBefore(deadline)) {
            Conversation now = conversations.find(id).orElseThrow(ConversationNotFoundException::new);
            if (!now.isEnded()) {
                throw new ConversationNotEndedException();
            }
            announcer.lifecycleChanged();
            pause();
            reopened = conversations.reopen(id, Instant.now());
        }
        Conversation conversation = reopened.orElseThrow(StillEndingException::new);
        String role = caller.id().equals(conversation.customerId()) ? TimelineEvent.CUSTOMER : TimelineEvent.AGENT;
        TimelineEvent event = TimelineEvent.reopened(conversation, caller.id(), role);
        if (timeline.insertReserved(event)) {
            announcer.stored(conversation, event, before.agentId());
        }
        announcer.lifecycleChanged();
        return conversation;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Timeline events after {@code afterSeq}, in order; only messages if {@code messagesOnly}. The customer never
     * gets NOTE events (staff only).
     */
    public List<TimelineEvent> timeline(Caller caller, UUID id, long afterSeq, int limit, boolean messagesOnly) {
        Conversation conversation = lookup.visible(caller, id);
        boolean staffView = !caller.isCustomer() && !caller.id().equals(conversation.customerId());
        return timeline.after(id, afterSeq, limit, messagesOnly ? TimelineEventType.MESSAGE : null,
                staffView ? null : TimelineEventType.NOTE);
    }

    /**
     * Ends the conversation (its customer, its agent, or staff); emits {@code conversation.ended} with the agent
     * assigned at that moment. Idempotent; a repeat also stores an ENDED event a crash kept from being stored.
     */
    public Conversation end(Caller caller, UUID id) {
        lookup.visible(caller, id);
        Conversation ended = conversations.end(id, caller.id(), Instant.now())
                .or(() -> conversations.find(id))
                .orElseThrow(ConversationNotFoundException::new);
        TimelineEvent event = TimelineEvent.ended(ended);
        if (timeline.insertReserved(event)) {
            announcer.stored(ended, event);
        }
        announcer.lifecycleChanged();
        return ended;
    }
}
