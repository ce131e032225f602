package io.parley.analytics.search;

import java.io.IOException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two indices and their explicit mappings, created at start when absent (another instance creating them at
 * the same moment is fine). {@code <prefix>-messages}: one document per message, id = messageId.
 * {@code <prefix>-participants}: one document per person and side, id {@code customer:<id>} or
 * {@code agent:<id>}, listing the conversations they were ever part of; searches filter messages with a terms
 * lookup on it.
 */
final class SearchIndices {
    private static final Logger log = LoggerFactory.getLogger(SearchIndices.class);
    /** How many conversations one participant document may list and a terms lookup may use. */
    static final int MAX_CONVERSATIONS_PER_PARTICIPANT = 262_144;

    private final OpenSearchClient client;
    private final String messages;
    private final String participants;

    SearchIndices(OpenSearchClient client, String prefix) {
        this.client = client;
        this.messages = prefix + "-messages";
        this.participants = prefix + "-participants";
    }

    String messages() {
        return messages;
    }

    String participants() {
        return participants;
    }

    void create() throws IOException {
        createIfAbsent(messages, TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("conversationId", p -> p.keyword(k -> k))
                .properties("messageId", p -> p.keyword(k -> k))
                .properties("seq", p -> p.long_(l -> l))
                .properties("senderId", p -> p.keyword(k -> k))
                .properties("senderRole", p -> p.keyword(k -> k))
                .properties("text", p -> p.text(t -> t.analyzer("standard")))
                .properties("sentAt", p -> p.date(d -> d))));
        createIfAbsent(participants, TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("conversationIds", p -> p.keyword(k -> k))));
    }

    private void createIfAbsent(String index, TypeMapping mapping) throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            return;
        }
        IndexSettings settings = IndexSettings.of(s -> s
                .numberOfShards(1)
                .autoExpandReplicas("0-1")
                .maxTermsCount(MAX_CONVERSATIONS_PER_PARTICIPANT));
        try {
            client.indices().create(c -> c.index(index).settings(settings).mappings(mapping));
            log.info("created search index {}", index);
        } catch (OpenSearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
