package io.parley.analytics.search;

import io.parley.contracts.events.MessageSent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpType;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.GetResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Writes what events tell into the search indices. A message is stored under its messageId, so a redelivered
 * event overwrites the same document. A participant gains a conversation in its participants document and
 * never loses it (an agent keeps the conversations transferred away); concurrent additions are serialized with
 * optimistic concurrency (seq_no / primary_term) and retried. Order does not matter: a message indexed before
 * its {@code conversation.queued} becomes visible to the customer as soon as that event arrives, because
 * visibility is applied when searching. A failure is thrown, so the event is retried and then dead-lettered.
 */
@Service
public class SearchIngest {
    private static final Logger log = LoggerFactory.getLogger(SearchIngest.class);
    private static final int MAX_ATTEMPTS = 20;

    private final OpenSearchClient client;
    private final SearchIndices indices;

    SearchIngest(OpenSearchClient client, SearchIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    public void messageSent(MessageSent message) {
        MessageDocument document = new MessageDocument(
                message.conversationId().toString(), message.messageId(), message.seq(), message.senderId(),
                message.senderRole(), message.text() == null ? "" : message.text(),
                message.sentAt() == null ? null : message.sentAt().toString());
        try {
            client.index(i -> i.index(indices.messages()).id(message.messageId()).document(document));
        } catch (IOException e) {
            throw new UncheckedIOException("indexing message " + message.messageId() + " failed", e);
        }
    }

    public void customerJoined(UUID conversationId, String customerId) {
        if (customerId == null || customerId.isBlank()) {
            return;
        }
        addConversation(Participants.customer(customerId), conversationId.toString());
    }

    public void agentJoined(UUID conversationId, String agentId) {
        if (agentId == null || agentId.isBlank()) {
            return;
        }
        addConversation(Participants.agent(agentId), conversationId.toString());
    }

    private void addConversation(String participant, String conversationId) {
        try {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                if (tryAdd(participant, conversationId)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("updating participant " + participant + " failed", e);
        }
        throw new IllegalStateException("participant " + participant + " kept changing; giving up for now");
    }

    /** True when the conversation is listed now; false when someone else changed the document first. */
    private boolean tryAdd(String participant, String conversationId) throws IOException {
        GetResponse<ParticipantDocument> current =
                client.get(g -> g.index(indices.participants()).id(participant), ParticipantDocument.class);
        try {
            if (!current.found() || current.source() == null) {
                ParticipantDocument first = new ParticipantDocument(List.of(conversationId));
                client.index(i -> i.index(indices.participants()).id(participant)
                        .opType(OpType.Create).document(first));
                return true;
            }
            List<String> known = current.source().conversationIds() == null
                    ? List.of()
                    : current.source().conversationIds();
            if (known.contains(conversationId)) {
                return true;
            }
            if (known.size() >= SearchIndices.MAX_CONVERSATIONS_PER_PARTICIPANT) {
                log.warn("participant {} already lists {} conversations; {} not added",
                        participant, known.size(), conversationId);
                return true;
            }
            List<String> updated = new ArrayList<>(known);
            updated.add(conversationId);
            client.index(i -> i.index(indices.participants()).id(participant)
                    .ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())
                    .document(new ParticipantDocument(updated)));
            return true;
        } catch (OpenSearchException e) {
            if (e.status() == 409) {
                return false;
            }
            throw e;
        }
    }
}
