package io.parley.analytics.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.contracts.events.MessageSent;
import io.parley.kit.security.Caller;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

/** Indexing from events and searching, against a real embedded OpenSearch node in a temp dir. */
class MessageSearchTest {
    private static SearchNode node;

    @BeforeAll
    static void startNode() throws Exception {
        node = new SearchNode();
    }

    @AfterAll
    static void stopNode() throws Exception {
        node.close();
    }

    @Test
    void aMessageIsFoundByAllItsWordsWithTheMatchesMarked() throws Exception {
        String word = uniqueWord();
        String customer = id();
        UUID conversation = queued(customer);
        MessageSent sent = send(conversation, 3, customer, "GUEST", "My " + word + " for March is wrong", Instant.now());
        node.refresh();

        SearchPage page = find(customer(customer), word + " march");

        assertThat(page.total()).isEqualTo(1);
        SearchPage.Hit hit = page.hits().get(0);
        assertThat(hit.conversationId()).isEqualTo(conversation);
        assertThat(hit.messageId()).isEqualTo(sent.messageId());
        assertThat(hit.seq()).isEqualTo(3);
        assertThat(hit.senderId()).isEqualTo(customer);
        assertThat(hit.senderRole()).isEqualTo("GUEST");
        assertThat(hit.sentAt()).isEqualTo(sent.sentAt());
        assertThat(hit.snippet()).isEqualTo("My <mark>" + word + "</mark> for <mark>March</mark> is wrong");
        assertThat(find(customer(customer), word + " april").total()).isZero();
    }

    @Test
    void aMessageIndexedBeforeItsConversationWasQueuedIsFoundOnceTheQueuedEventArrives() throws Exception {
        String word = uniqueWord();
        String customer = id();
        String agent = id();
        UUID conversation = UUID.randomUUID();
        send(conversation, 2, customer, "GUEST", "early " + word, Instant.now());
        node.refresh();
        assertThat(find(customer(customer), word).total()).isZero();
        assertThat(find(agent(agent), word).total()).isZero();

        node.ingest.customerJoined(conversation, customer);
        node.ingest.agentJoined(conversation, agent);

        assertThat(find(customer(customer), word).total()).isEqualTo(1);
        assertThat(find(agent(agent), word).total()).isEqualTo(1);
    }

    @Test
    void aMessageDeliveredTwiceIsStoredOnce() throws Exception {
        String word = uniqueWord();
        String customer = id();
        UUID conversation = queued(customer);
        MessageSent sent = new MessageSent(conversation, UUID.randomUUID().toString(), 4, customer, "GUEST", word, Instant.now());

        node.ingest.messageSent(sent);
        node.ingest.messageSent(sent);
        node.ingest.customerJoined(conversation, customer);
        node.refresh();

        assertThat(find(customer(customer), word).total()).isEqualTo(1);
    }

    @Test
    void markupInAMessageComesBackEscapedAroundTheMarks() throws Exception {
        String word = uniqueWord();
        String customer = id();
        UUID conversation = queued(customer);
        send(conversation, 2, customer, "GUEST", "<script>alert('x')</script> " + word + " & <b>more</b>", Instant.now());
        node.refresh();

        String snippet = find(customer(customer), word).hits().get(0).snippet();

        assertThat(snippet).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;").contains("<mark>" + word + "</mark>").contains("&amp;");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void customersSeeOnlyTheirOwnConversations() throws Exception {
        String word = uniqueWord();
        String alice = id();
        String bob = id();
        UUID alices = queued(alice);
        UUID bobs = queued(bob);
        send(alices, 2, alice, "GUEST", "refund " + word, Instant.now());
        send(bobs, 2, bob, "CUSTOMER", "refund " + word, Instant.now());
        node.refresh();

        SearchPage page = find(customer(alice), word);

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.hits()).extracting(SearchPage.Hit::conversationId).containsExactly(alices);
        assertThat(search(customer(alice), word, bobs, null, null, null, null, 0, 20).total()).isZero();
        assertThat(search(customer(alice), word, null, alice, null, null, null, 0, 20).total()).isEqualTo(1);
    }

    @Test
    void aCustomerNamingAnotherCustomerIsForbidden() {
        String alice = id();

        assertThatThrownBy(() -> search(customer(alice), "refund", null, id(), null, null, null, 0, 20))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
    }

    @Test
    void agentsSeeEveryConversationTheyWereEverAssignedAndNoOther() throws Exception {
        String word = uniqueWord();
        String customer = id();
        String first = id();
        String second = id();
        String stranger = id();
        UUID transferred = queued(customer);
        UUID unassigned = queued(customer);
        node.ingest.agentJoined(transferred, first);
        node.ingest.agentJoined(transferred, second);
        node.ingest.agentJoined(transferred, second);
        send(transferred, 2, customer, "GUEST", word + " before the transfer", Instant.now());
        send(unassigned, 2, customer, "GUEST", word + " still waiting", Instant.now());
        node.refresh();

        assertThat(find(agent(first), word).hits()).extracting(SearchPage.Hit::conversationId).containsExactly(transferred);
        assertThat(find(agent(second), word).hits()).extracting(SearchPage.Hit::conversationId).containsExactly(transferred);
        assertThat(find(agent(stranger), word).total()).isZero();
        assertThat(search(agent(stranger), word, null, customer, null, null, null, 0, 20).total()).isZero();
    }

    @Test
    void supervisorsSeeEveryConversationAndNarrowByCustomerAgentAndConversation() throws Exception {
        String word = uniqueWord();
        String alice = id();
        String bob = id();
        String agent = id();
        UUID alices = queued(alice);
        UUID bobs = queued(bob);
        node.ingest.agentJoined(bobs, agent);
        send(alices, 2, alice, "GUEST", word, Instant.now());
        send(bobs, 2, bob, "GUEST", word, Instant.now());
        send(bobs, 3, agent, "AGENT", word + " answered", Instant.now());
        node.refresh();
        Caller supervisor = new Caller(id(), Set.of("SUPERVISOR"), List.of("support"), "Sue");

        assertThat(find(supervisor, word).total()).isEqualTo(3);
        assertThat(search(supervisor, word, null, alice, null, null, null, 0, 20).hits())
                .extracting(SearchPage.Hit::conversationId).containsExactly(alices);
        assertThat(search(supervisor, word, null, null, agent, null, null, 0, 20).total()).isEqualTo(2);
        assertThat(search(supervisor, word, bobs, null, null, null, null, 0, 20).total()).isEqualTo(2);
        assertThat(search(new Caller(id(), Set.of("ADMIN"), List.of(), "Ada"), word, null, null, null, null, null, 0, 20)
                .total()).isEqualTo(3);
    }

    @Test
    void querySyntaxInTheWordsIsTreatedAsPlainWordsAndFindsNothingForeign() throws Exception {
        String word = uniqueWord();
        String alice = id();
        String bob = id();
        UUID alices = queued(alice);
        UUID bobs = queued(bob);
        send(alices, 2, alice, "GUEST", "an unbalanced quote " + word, Instant.now());
        send(bobs, 2, bob, "GUEST", "text customerId OR anything unbalanced " + word, Instant.now());
        node.refresh();

        assertThat(find(customer(alice), "text:* OR customerId:*").total()).isZero();
        assertThat(find(customer(alice), "*").total()).isZero();
        assertThat(find(customer(alice), "conversationId:" + bobs).total()).isZero();
        SearchPage quoted = find(customer(alice), "\"unbalanced " + word);
        assertThat(quoted.hits()).extracting(SearchPage.Hit::conversationId).containsExactly(alices);
        SearchPage all = find(customer(alice), word + " OR text");
        assertThat(all.total()).isZero();
    }

    @Test
    void resultsComeInPagesWithTheTotal() throws Exception {
        String word = uniqueWord();
        String customer = id();
        UUID conversation = queued(customer);
        for (int seq = 1; seq <= 7; seq++) {
            send(conversation, seq, customer, "GUEST", word + " number " + seq, Instant.now().minusSeconds(100 - seq));
        }
        node.refresh();

        Set<String> seen = new HashSet<>();
        for (int page = 0; page < 3; page++) {
            SearchPage result = search(customer(customer), word, null, null, null, null, null, page, 3);
            assertThat(result.total()).isEqualTo(7);
            assertThat(result.page()).isEqualTo(page);
            assertThat(result.size()).isEqualTo(3);
            assertThat(result.hits()).hasSize(page < 2 ? 3 : 1);
            result.hits().forEach(hit -> seen.add(hit.messageId()));
        }
        assertThat(seen).hasSize(7);
        assertThat(search(customer(customer), word, null, null, null, null, null, 3, 3).hits()).isEmpty();
    }

    @Test
    void dateFiltersKeepOnlyMessagesSentInTheRange() throws Exception {
        String word = uniqueWord();
        String customer = id();
        UUID conversation = queued(customer);
        Instant day = Instant.parse("2026-03-10T00:00:00Z");
        send(conversation, 1, customer, "GUEST", word + " early", day.minusSeconds(3600));
        send(conversation, 2, customer, "GUEST", word + " inside", day.plusSeconds(3600));
        send(conversation, 3, customer, "GUEST", word + " late", day.plusSeconds(90_000));
        node.refresh();
        Caller caller = customer(customer);

        assertThat(search(caller, word, null, null, null, day.toString(), day.plusSeconds(86_400).toString(), 0, 20)
                .hits()).extracting(SearchPage.Hit::seq).containsExactly(2L);
        assertThat(search(caller, word, null, null, null, day.toString(), null, 0, 20).total()).isEqualTo(2);
        assertThat(search(caller, word, null, null, null, null, day.toString(), 0, 20).hits())
                .extracting(SearchPage.Hit::seq).containsExactly(1L);
    }

    @Test
    void badInputIsRejectedWithTheParameterNamed() {
        assertBad("", null, null, 0, 20, "q must be");
        assertBad("   ", null, null, 0, 20, "q must be");
        assertBad("x".repeat(201), null, null, 0, 20, "q must be");
        assertBad("refund", null, null, 0, 51, "size must be");
        assertBad("refund", null, null, 0, 0, "size must be");
        assertBad("refund", null, null, -1, 20, "page must be");
        assertBad("refund", null, null, 500, 50, "first 10000 results");
        assertBad("refund", "yesterday", null, 0, 20, "from must be");
        assertBad("refund", "2026-03-02T00:00:00Z", "2026-03-01T00:00:00Z", 0, 20, "from must not be after to");
        assertThatThrownBy(() -> SearchCriteria.parse("refund", "not-a-uuid", null, null, null, null, 0, 20))
                .hasMessageContaining("conversationId must be a UUID");
        assertThat(SearchCriteria.parse(" x".repeat(100).substring(0, 200), null, null, null, null, null, 0, 50).size())
                .isEqualTo(50);
    }

    private static void assertBad(String q, String from, String to, int page, int size, String detail) {
        assertThatThrownBy(() -> SearchCriteria.parse(q, null, null, null, from, to, page, size))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(400);
                    assertThat(e.getReason()).contains(detail);
                });
    }

    private static SearchPage find(Caller caller, String q) {
        return search(caller, q, null, null, null, null, null, 0, 20);
    }

    private static SearchPage search(Caller caller, String q, UUID conversationId, String customerId, String agentId,
            String from, String to, int page, int size) {
        return node.search.search(caller, SearchCriteria.parse(
                q, conversationId == null ? null : conversationId.toString(), customerId, agentId, from, to, page, size));
    }

    private static UUID queued(String customer) {
        UUID conversation = UUID.randomUUID();
        node.ingest.customerJoined(conversation, customer);
        return conversation;
    }

    private static MessageSent send(UUID conversation, long seq, String sender, String role, String text, Instant at) {
        MessageSent sent = new MessageSent(conversation, UUID.randomUUID().toString(), seq, sender, role, text, at);
        node.ingest.messageSent(sent);
        return sent;
    }

    private static Caller customer(String id) {
        return new Caller(id, Set.of("GUEST"), List.of(), "Guest");
    }

    private static Caller agent(String id) {
        return new Caller(id, Set.of("AGENT"), List.of("support"), "Agent");
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static String uniqueWord() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
