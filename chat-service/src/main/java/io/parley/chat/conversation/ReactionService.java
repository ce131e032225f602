package io.parley.chat.conversation;

import io.parley.chat.store.Conversation;
import io.parley.chat.store.ConversationEndedException;
import io.parley.chat.store.Conversations;
import io.parley.chat.store.Reaction;
import io.parley.chat.store.Reactions;
import io.parley.chat.store.Timeline;
import io.parley.chat.store.TimelineEvent;
import io.parley.chat.store.TimelineEventType;
import io.parley.contracts.stomp.SendReaction;
import io.parley.kit.security.Caller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Emoji reactions on messages, by the customer, the assigned agent, supervisors and admins. Idempotent per
 * (user, message, emoji): only a change (an ADD of an absent reaction, a REMOVE of a present one) is stored, as
 * a REACTION timeline event at a seq reserved first, and the reaction's state records that seq, so concurrent
 * changes end in the state of the later seq. A repeat also stores the event of the last change if a crash kept
 * it from being stored.
 */
@Service
public class ReactionService {
    private final ConversationLookup lookup;
    private final Conversations conversations;
    private final Reactions reactions;
    private final Timeline timeline;
    private final Announcer announcer;

    ReactionService(ConversationLookup lookup, Conversations conversations, Reactions reactions, Timeline timeline,
            Announcer announcer) {
        this.lookup = lookup;
        this.conversations = conversations;
        this.reactions = reactions;
        this.timeline = timeline;
        this.announcer = announcer;
    }

    /** The message's reactions after the call, and the seq of the REACTION event stored (null: nothing stored). */
    public record Reacted(long targetSeq, String emoji, String op, Long seq, List<ReactionCount> reactions) {}

    /**
     * @throws ConversationNotFoundException if the caller may not see the conversation
     * @throws NotAllowedException if the caller is not its customer, its assigned agent, a supervisor or an admin
     * @throws InvalidInputException if the reaction breaks {@link ReactionRules}
     * @throws MessageNotFoundException if there is no MESSAGE at {@code targetSeq} in this conversation
     * @throws ConversationEndedException if a change is asked of an ended conversation
     */
    public Reacted react(Caller caller, UUID conversationId, SendReaction reaction) {
        Conversation conversation = lookup.visible(caller, conversationId);
        if (!conversation.isParticipant(caller) && !caller.isSupervisor()) {
            throw new NotAllowedException("only the customer, the assigned agent, supervisors and admins may react");
        }
        ReactionRules.targetSeq(reaction.targetSeq());
        String emoji = ReactionRules.emoji(reaction.emoji());
        String op = ReactionRules.op(reaction.op());
        long targetSeq = reaction.targetSeq();
        timeline.at(conversationId, targetSeq)
                .filter(event -> event.type() == TimelineEventType.MESSAGE)
                .orElseThrow(MessageNotFoundException::new);
        boolean add = SendReaction.ADD.equals(op);
        Optional<Reaction> current = reactions.find(Reaction.key(conversationId, targetSeq, caller.id(), emoji));
        Long stored = null;
        if (current.map(Reaction::active).orElse(false) == add) {
            current.ifPresent(state -> storeMissingEvent(conversation, state));
        } else {
            stored = change(conversation, caller, targetSeq, emoji, add);
        }
        return new Reacted(targetSeq, emoji, op, stored, summaries(conversationId, List.of(targetSeq))
                .getOrDefault(targetSeq, List.of()));
    }

    /** The reactions present on these messages of the conversation, by message seq. */
    public Map<Long, List<ReactionCount>> summaries(UUID conversationId, Collection<Long> messageSeqs) {
        Map<Long, Map<String, List<String>>> byMessage = new LinkedHashMap<>();
        for (Reaction r : reactions.activeOn(conversationId, messageSeqs)) {
            byMessage.computeIfAbsent(r.targetSeq(), seq -> new LinkedHashMap<>())
                    .computeIfAbsent(r.emoji(), emoji -> new ArrayList<>())
                    .add(r.userId());
        }
        Map<Long, List<ReactionCount>> summaries = new LinkedHashMap<>();
        byMessage.forEach((seq, emojis) -> summaries.put(seq, emojis.entrySet().stream()
                .map(e -> new ReactionCount(e.getKey(), e.getValue().size(), List.copyOf(e.getValue())))
                .toList()));
        return summaries;
    }

    /** Reserves a seq, applies the change, stores its event; null if a newer change got there first. */
    private Long change(Conversation conversation, Caller caller, long targetSeq, String emoji, boolean add) {
        if (conversation.isEnded()) {
            throw new ConversationEndedException();
        }
        UUID id = conversation.id();
        long seq = conversations.nextSeq(id).orElseThrow(ConversationEndedException::new);
        Instant now = Instant.now();
        if (!reactions.apply(id, targetSeq, caller.id(), emoji, add, seq, now)) {
            return null; // a concurrent change won: this seq stays a hole, which clients skip
        }
        TimelineEvent event = TimelineEvent.reaction(id, seq, caller.id(), roleOf(conversation, caller.id()),
                targetSeq, emoji, add ? SendReaction.ADD : SendReaction.REMOVE, now);
        if (timeline.insertReserved(event)) {
            announcer.stored(conversation, event);
        }
        return seq;
    }

    /** The event of the reaction's last change, stored now if a crash kept it from being stored then. */
    private void storeMissingEvent(Conversation conversation, Reaction state) {
        if (state.seq() < 1 || timeline.at(conversation.id(), state.seq()).isPresent()) {
            return;
        }
        TimelineEvent event = TimelineEvent.reaction(conversation.id(), state.seq(), state.userId(),
                roleOf(conversation, state.userId()), state.targetSeq(), state.emoji(),
                state.active() ? SendReaction.ADD : SendReaction.REMOVE, Instant.now());
        if (timeline.insertReserved(event)) {
            announcer.stored(conversation, event);
        }
    }

    private static String roleOf(Conversation conversation, String userId) {
        return userId.equals(conversation.customerId()) ? TimelineEvent.CUSTOMER : TimelineEvent.AGENT;
    }
}
