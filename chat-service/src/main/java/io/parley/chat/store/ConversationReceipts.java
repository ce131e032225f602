package io.parley.chat.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Advances a conversation's receipt summary. The advance and the reservation of the RECEIPT event's seq
 * ({@code $inc lastSeq}) are one single-document write, conditional on the summary being what it was read as
 * (both counters only grow, so equal counters mean an unchanged state) and on the conversation being open:
 * receipts are monotonic even when sent concurrently from several devices, and the RECEIPT events' seqs follow
 * the order of the advances.
 */
@Repository
public class ConversationReceipts {
    private static final FindAndModifyOptions RETURN_NEW = FindAndModifyOptions.options().returnNew(true);
    private static final int ATTEMPTS = 10;

    private final MongoTemplate mongo;

    ConversationReceipts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The conversation after an advance, with the seq reserved for its RECEIPT event. */
    public record Advanced(Conversation conversation, long seq) {}

    /**
     * Applies one side's receipt. Empty if it does not advance that side's state (or the conversation is unknown
     * or has ended): nothing was written.
     */
    public Optional<Advanced> advance(UUID id, String role, String status, long upToSeq, Instant at) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Conversation current = mongo.findById(id, Conversation.class);
            if (current == null || current.isEnded()) {
                return Optional.empty();
            }
            ReceiptState before = current.receiptSummary().of(role);
            ReceiptState after = before.after(status, upToSeq, at);
            if (after.equals(before)) {
                return Optional.empty();
            }
            Query unchanged = Query.query(where("_id").is(id).and("status").ne(ConversationStatus.ENDED)
                    .andOperator(sameState(role, current.receipts() == null ? null : before)));
            Update update = new Update().set(Receipts.field(role), after).inc("lastSeq", 1);
            Conversation advanced = mongo.findAndModify(unchanged, update, RETURN_NEW, Conversation.class);
            if (advanced != null) {
                return Optional.of(new Advanced(advanced, advanced.lastSeq()));
            }
        }
        throw new IllegalStateException("receipts of conversation " + id + " kept changing; try again");
    }

    private static Criteria sameState(String role, ReceiptState before) {
        String field = Receipts.field(role);
        if (before == null || before.equals(ReceiptState.NONE)) {
            return new Criteria().orOperator(where(field).exists(false), where(field).is(null),
                    where(field + ".deliveredUpTo").is(0L).and(field + ".readUpTo").is(0L));
        }
        return where(field + ".deliveredUpTo").is(before.deliveredUpTo()).and(field + ".readUpTo").is(before.readUpTo());
    }
}
