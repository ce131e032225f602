package io.parley.chat.conversation;

import io.parley.chat.store.Conversation;
import io.parley.chat.store.ConversationReceipts;
import io.parley.chat.store.ConversationReceipts.Advanced;
import io.parley.chat.store.Timeline;
import io.parley.chat.store.TimelineEvent;
import io.parley.contracts.stomp.SendReceipt;
import io.parley.kit.security.Caller;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Receipts: the customer or the assigned agent says every message of the other side up to a seq reached them
 * (DELIVERED) or was shown (READ). Cumulative and monotonic: only an advance is stored, as a RECEIPT timeline
 * event (fanned out like any event) together with the conversation's receipt summary; anything else (also a
 * receipt in an ended conversation) stores nothing and is answered with the current summary.
 */
@Service
public class ReceiptService {
    private final ConversationLookup lookup;
    private final ConversationReceipts receipts;
    private final Timeline timeline;
    private final Announcer announcer;

    ReceiptService(ConversationLookup lookup, ConversationReceipts receipts, Timeline timeline, Announcer announcer) {
        this.lookup = lookup;
        this.receipts = receipts;
        this.timeline = timeline;
        this.announcer = announcer;
    }

    /** The conversation after the receipt, and the seq of the RECEIPT event it stored (null: nothing stored). */
    public record Receipted(Conversation conversation, Long seq) {}

    /**
     * @throws ConversationNotFoundException if the caller may not see the conversation
     * @throws NotAllowedException if the caller is neither its customer nor its assigned agent
     * @throws InvalidInputException if the receipt breaks {@link ReceiptRules}
     */
    public Receipted receipt(Caller caller, UUID conversationId, SendReceipt receipt) {
        Conversation conversation = lookup.visible(caller, conversationId);
        if (!conversation.isParticipant(caller)) {
            throw new NotAllowedException("only the customer or the assigned agent may send receipts");
        }
        String status = ReceiptRules.check(receipt.status(), receipt.upToSeq(), conversation.lastSeq());
        String role = caller.id().equals(conversation.customerId()) ? TimelineEvent.CUSTOMER : TimelineEvent.AGENT;
        Instant now = Instant.now();
        Optional<Advanced> advanced = receipts.advance(conversationId, role, status, receipt.upToSeq(), now);
        if (advanced.isEmpty()) {
            return new Receipted(lookup.visible(caller, conversationId), null);
        }
        Advanced stored = advanced.get();
        TimelineEvent event =
                TimelineEvent.receipt(conversationId, stored.seq(), caller.id(), role, status, receipt.upToSeq(), now);
        if (timeline.insertReserved(event)) {
            announcer.stored(stored.conversation(), event);
        }
        return new Receipted(stored.conversation(), stored.seq());
    }
}
