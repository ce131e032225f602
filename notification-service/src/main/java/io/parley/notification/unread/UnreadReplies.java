package io.parley.notification.unread;

import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.MessageSent;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the agent replies each customer has not answered yet. A message from staff (AGENT, SUPERVISOR,
 * ADMIN) is unread; a message from the customer (GUEST, CUSTOMER) marks every earlier reply in that
 * conversation as read. A later issue pushes a notification when the count goes up.
 */
@Service
public class UnreadReplies {
    private static final Logger log = LoggerFactory.getLogger(UnreadReplies.class);
    private static final Set<String> CUSTOMER_ROLES = Set.of("GUEST", "CUSTOMER");
    private static final Set<String> STAFF_ROLES = Set.of("AGENT", "SUPERVISOR", "ADMIN");

    private final UnreadReplyStore store;

    UnreadReplies(UnreadReplyStore store) {
        this.store = store;
    }

    @Transactional
    void messageSent(MessageSent message) {
        String role = message.senderRole();
        if (role != null && CUSTOMER_ROLES.contains(role)) {
            store.customerWrote(message.conversationId(), message.senderId(), message.seq());
        } else if (role != null && STAFF_ROLES.contains(role)) {
            Instant sentAt = message.sentAt() == null ? Instant.now() : message.sentAt();
            store.addAgentReply(message.conversationId(), message.seq(), message.messageId(), message.senderId(), sentAt);
        } else {
            log.debug("message {} from role {} needs no notification", message.messageId(), role);
        }
    }

    @Transactional
    void conversationEnded(ConversationEnded ended) {
        store.ended(ended.conversationId(), ended.customerId(), ended.endedAt() == null ? Instant.now() : ended.endedAt());
    }

    /** How many agent replies the customer has not answered yet, over all their conversations. */
    @Transactional(readOnly = true)
    public int unreadRepliesFor(String customerId) {
        return store.countUnread(customerId);
    }
}
