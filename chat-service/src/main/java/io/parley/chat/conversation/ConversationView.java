package io.parley.chat.conversation;

import io.parley.chat.store.Conversation;
import io.parley.chat.store.CustomerDetails;
import io.parley.chat.store.ReceiptState;
import io.parley.chat.store.RoutingChoice;
import io.parley.contracts.events.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A conversation as the REST API shows it ({@code Conversation} in docs/architecture.md). */
record ConversationView(
        UUID id,
        String customerId,
        String agentId,
        String agentName,
        String department,
        String status,
        long lastSeq,
        Instant createdAt,
        Instant assignedAt,
        Instant endedAt,
        String customerName,
        String customerEmail,
        String platform,
        String pageUrl,
        String userAgent,
        Priority priority,
        List<String> skills,
        Map<String, ReceiptState> receipts) {

    static ConversationView of(Conversation c) {
        CustomerDetails customer = c.customer() == null ? CustomerDetails.NONE : c.customer();
        RoutingChoice routing = c.routingChoice();
        return new ConversationView(c.id(), c.customerId(), c.agentId(), c.agentName(), c.department(),
                c.status().name(), c.lastSeq(), c.createdAt(), c.assignedAt(), c.endedAt(), customer.name(),
                customer.email(), customer.platform(), customer.pageUrl(), customer.userAgent(), routing.priority(),
                routing.skills(), DepthViews.receipts(c.receiptSummary()));
    }
}
