/**
 * Message search on OpenSearch. {@link io.parley.analytics.search.SearchConfiguration} starts an embedded node
 * when {@code PARLEY_OPENSEARCH_URL} is empty (else uses that cluster) and one opensearch-java HTTP client for
 * both. {@link io.parley.analytics.search.SearchIngest} fills {@code <prefix>-messages} (document id = messageId,
 * so redelivery is harmless) and {@code <prefix>-participants} (per customer and per agent, the conversations they
 * were ever part of; agents keep them after transfers). Visibility is applied when searching, as a terms lookup
 * on the participants document, so events may arrive in any order: a message indexed before its
 * {@code conversation.queued} becomes findable by the customer once that event lands.
 * {@link io.parley.analytics.search.MessageSearch} answers {@code GET /api/v1/search/messages}.
 */
package io.parley.analytics.search;
