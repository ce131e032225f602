package io.parley.analytics.search;

import io.parley.kit.security.Caller;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * Finds messages by plain words (a match query with AND on the analysed text, so query syntax in the words is
 * just more words) among the conversations the caller may see: SUPERVISOR/ADMIN all; an agent those they were
 * ever assigned; a customer their own. Visibility and the customer/agent filters are terms lookups on the
 * participants index, so they follow events that arrive after the messages. Snippets come from the highlighter
 * with the HTML encoder: the text is escaped and matches are wrapped in {@code <mark>}.
 */
@Service
class MessageSearch {
    private static final Logger log = LoggerFactory.getLogger(MessageSearch.class);
    private static final int SNIPPET_CHARS = 200;

    private final OpenSearchClient client;
    private final SearchIndices indices;

    MessageSearch(OpenSearchClient client, SearchIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    SearchPage search(Caller caller, SearchCriteria criteria) {
        List<Query> filters = new ArrayList<>();
        Query visible = visibility(caller, criteria);
        if (visible != null) {
            filters.add(visible);
        }
        if (criteria.conversationId() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("conversationId")
                    .value(FieldValue.of(criteria.conversationId().toString())))));
        }
        if (criteria.customerId() != null) {
            filters.add(participantOf(Participants.customer(criteria.customerId())));
        }
        if (criteria.agentId() != null) {
            filters.add(participantOf(Participants.agent(criteria.agentId())));
        }
        if (criteria.from() != null || criteria.to() != null) {
            filters.add(Query.of(q -> q.range(r -> {
                r.field("sentAt");
                if (criteria.from() != null) {
                    r.gte(JsonData.of(criteria.from().toString()));
                }
                if (criteria.to() != null) {
                    r.lte(JsonData.of(criteria.to().toString()));
                }
                return r;
            })));
        }
        Query words = Query.of(q -> q.match(m -> m.field("text")
                .query(FieldValue.of(criteria.words())).operator(Operator.And)));
        try {
            SearchResponse<MessageDocument> response = client.search(s -> s.index(indices.messages())
                    .query(q -> q.bool(b -> b.must(words).filter(filters)))
                    .from(criteria.page() * criteria.size())
                    .size(criteria.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("sentAt").order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("messageId").order(SortOrder.Asc)))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .fields("text", f -> f.numberOfFragments(1).fragmentSize(SNIPPET_CHARS)
                                    .noMatchSize(SNIPPET_CHARS))),
                    MessageDocument.class);
            long total = response.hits().total() == null
                    ? response.hits().hits().size()
                    : response.hits().total().value();
            List<SearchPage.Hit> hits = response.hits().hits().stream().map(MessageSearch::hit).toList();
            return new SearchPage(total, criteria.page(), criteria.size(), hits);
        } catch (IOException | OpenSearchException e) {
            log.warn("search failed: {}", e.getMessage());
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "search unavailable, try again");
        }
    }

    /** The conversations the caller may see, or null for everything (SUPERVISOR/ADMIN). */
    private Query visibility(Caller caller, SearchCriteria criteria) {
        if (caller.isSupervisor()) {
            return null;
        }
        if (caller.isAgent()) {
            return participantOf(Participants.agent(caller.id()));
        }
        if (caller.isCustomer()) {
            if (criteria.customerId() != null && !criteria.customerId().equals(caller.id())) {
                throw new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "customers can search only their own conversations");
            }
            return participantOf(Participants.customer(caller.id()));
        }
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, "this role cannot search messages");
    }

    private Query participantOf(String participant) {
        return Query.of(q -> q.terms(t -> t.field("conversationId")
                .terms(v -> v.lookup(l -> l.index(indices.participants()).id(participant).path("conversationIds")))));
    }

    private static SearchPage.Hit hit(Hit<MessageDocument> hit) {
        MessageDocument message = hit.source();
        List<String> highlighted = hit.highlight() == null ? null : hit.highlight().get("text");
        String snippet = highlighted != null && !highlighted.isEmpty()
                ? highlighted.get(0)
                : HtmlUtils.htmlEscape(abbreviate(message.text()));
        return new SearchPage.Hit(UUID.fromString(message.conversationId()), message.messageId(), message.seq(),
                message.senderId(), message.senderRole(),
                message.sentAt() == null ? null : Instant.parse(message.sentAt()), snippet);
    }

    private static String abbreviate(String text) {
        String whole = text == null ? "" : text;
        return whole.length() <= SNIPPET_CHARS ? whole : whole.substring(0, SNIPPET_CHARS);
    }
}
