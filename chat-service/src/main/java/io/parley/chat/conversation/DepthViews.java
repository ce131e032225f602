package io.parley.chat.conversation;

import io.parley.chat.store.ReceiptState;
import io.parley.chat.store.Receipts;
import io.parley.chat.store.TimelineEvent;
import io.parley.contracts.stomp.SendReaction;
import io.parley.contracts.stomp.SendReceipt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bodies and answers of the receipt and reaction endpoints, and the {@code receipts} summary of a conversation.
 * The bodies take missing numbers as 0, so the rules name the missing field (not "malformed JSON").
 */
final class DepthViews {

    private DepthViews() {}

    /** {@code POST /receipts} body ({@link SendReceipt}). */
    record ReceiptBody(String status, Long upToSeq) {
        SendReceipt toReceipt() {
            return new SendReceipt(status, upToSeq == null ? 0 : upToSeq);
        }
    }

    /** {@code POST /reactions} body ({@link SendReaction}). */
    record ReactionBody(Long targetSeq, String emoji, String op) {
        SendReaction toReaction() {
            return new SendReaction(targetSeq == null ? 0 : targetSeq, emoji, op);
        }
    }

    /** {@code POST /receipts}: the summary after the call; {@code seq} of the RECEIPT event stored, or null. */
    record ReceiptAnswer(UUID conversationId, boolean stored, Long seq, Map<String, ReceiptState> receipts) {}

    /** {@code POST /reactions}: the message's reactions after the call; {@code seq} of the REACTION event, or null. */
    record ReactionAnswer(UUID conversationId, boolean stored, Long seq, long targetSeq, String emoji, String op,
            List<ReactionCount> reactions) {}

    /** {@code {CUSTOMER: {deliveredUpTo, deliveredAt, readUpTo, readAt}, AGENT: {…}}}. */
    static Map<String, ReceiptState> receipts(Receipts receipts) {
        Map<String, ReceiptState> view = new LinkedHashMap<>();
        view.put(TimelineEvent.CUSTOMER, receipts.customer());
        view.put(TimelineEvent.AGENT, receipts.agent());
        return view;
    }
}
