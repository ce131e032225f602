package io.parley.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parley.systemtest.Frames.Line;
import io.parley.systemtest.client.ParleyApi;
import io.parley.systemtest.client.Response;
import io.parley.systemtest.client.Session;
import io.parley.systemtest.client.StompSocket;
import io.parley.systemtest.fleet.Fleet;
import io.parley.systemtest.fleet.SystemTest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The core story through the gateway: two customers, one agent of capacity 1 (Carol, support; Dave, the other
 * support agent, is kept offline). The steps run in order and share the cast.
 */
@SystemTest
@Order(1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoreConversationSystemTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int MESSAGES = 50;
    private static final Duration SEND_PACE = Duration.ofMillis(60);

    private ParleyApi api;
    private Session ann;
    private Session ben;
    private Session carol;
    private StompSocket annSocket;
    private StompSocket benSocket;
    private StompSocket carolSocket;
    private UUID annConversation;
    private UUID benConversation;
    private final List<UUID> fromAnn = new ArrayList<>();
    private final List<UUID> fromCarol = new ArrayList<>();

    @BeforeAll
    void meetTheCast(Fleet fleet) {
        api = new ParleyApi(fleet.gateway());
        URI webSocket = fleet.gatewayWebSocket();
        api.setStatus(api.login(Cast.DAVE, ParleyApi.DEMO_PASSWORD), "OFFLINE", null);
        carol = api.login(Cast.CAROL, ParleyApi.DEMO_PASSWORD);
        api.setStatus(carol, "OFFLINE", null);
        ann = api.guest("Ann");
        ben = api.guest("Ben");
        annSocket = StompSocket.connect(webSocket, ann.accessToken());
        benSocket = StompSocket.connect(webSocket, ben.accessToken());
        carolSocket = StompSocket.connectAwayFrom(webSocket, carol.accessToken(), annSocket.instanceId());
    }

    @Test
    @Order(1)
    void secondCustomerIsToldOneInLineWhenTheAgentTakesTheFirst() {
        annConversation = start(ann, "Ann: my parcel never arrived");
        await("Ann is 1 in line").atMost(WAIT)
                .until(() -> Frames.positions(annSocket.events(), annConversation).contains(1));
        benConversation = start(ben, "Ben: I was charged twice");
        await("Ben is 2 in line").atMost(WAIT)
                .until(() -> Frames.positions(benSocket.events(), benConversation).contains(2));

        api.setStatus(carol, "ONLINE", 1);

        await("Ann's ASSIGNED").atMost(WAIT)
                .until(() -> !Frames.assigned(annSocket.events(), annConversation).isEmpty());
        await("Carol's ASSIGNED for Ann").atMost(WAIT)
                .until(() -> !Frames.assigned(carolSocket.events(), annConversation).isEmpty());
        assertThat(Frames.text(Frames.assigned(annSocket.events(), annConversation).getFirst(), "agentId"))
                .isEqualTo(carol.userId());
        await("Ben told 1 in line").atMost(WAIT)
                .until(() -> Frames.positions(benSocket.events(), benConversation).contains(1));
        assertThat(Frames.positions(benSocket.events(), benConversation)).last().isEqualTo(1);
        JsonNode benInLine = api.queueEntry(ben, benConversation);
        assertThat(benInLine.get("status").asString()).isEqualTo("WAITING");
        assertThat(benInLine.get("position").asInt()).isEqualTo(1);
        assertThat(Frames.assigned(benSocket.events(), benConversation)).isEmpty();
        assertThat(api.conversation(ann, annConversation).get("status").asString()).isEqualTo("ACTIVE");
    }

    private UUID start(Session customer, String text) {
        JsonNode conversation = api.startConversation(customer, UUID.randomUUID(), text, Cast.SUPPORT);
        assertThat(conversation.get("status").asString()).isEqualTo("QUEUED");
        return UUID.fromString(conversation.get("id").asString());
    }

    @Test
    @Order(2)
    void customerAndAgentAreServedByDifferentChatInstances() {
        assertThat(List.of(annSocket.instanceId(), carolSocket.instanceId()))
                .containsExactlyInAnyOrder("chat-1", "chat-2");
    }

    @Test
    @Order(3)
    void fiftyMessagesEachWayArriveInOrderExactlyOnceAndEqualTheHistory() {
        assumeTrue(annConversation != null && !Frames.assigned(annSocket.events(), annConversation).isEmpty(),
                "the story did not get as far as Ann's assignment");
        List<String> annTexts = texts("Ann", fromAnn);
        List<String> carolTexts = texts("Carol", fromCarol);
        CompletableFuture<Void> annSending = CompletableFuture.runAsync(() -> sendAll(annSocket, fromAnn, annTexts));
        sendAll(carolSocket, fromCarol, carolTexts);
        annSending.join();

        List<JsonNode> annAcks = awaitAcks(annSocket, fromAnn);
        List<JsonNode> carolAcks = awaitAcks(carolSocket, fromCarol);
        List<JsonNode> carolReceived = awaitExactlyOnce(carolSocket, fromAnn);
        List<JsonNode> annReceived = awaitExactlyOnce(annSocket, fromCarol);

        assertThat(Frames.lines(carolReceived)).extracting(Line::text).containsExactlyElementsOf(annTexts);
        assertThat(Frames.lines(annReceived)).extracting(Line::text).containsExactlyElementsOf(carolTexts);
        assertAcksMatch(annAcks, carolReceived);
        assertAcksMatch(carolAcks, annReceived);

        List<JsonNode> history = api.history(ann, annConversation);
        assertThat(Frames.lines(api.history(carol, annConversation))).isEqualTo(Frames.lines(history));
        assertThat(history).hasSize(1 + 2 * MESSAGES);
        assertThat(history).extracting(entry -> entry.get("seq").asLong()).isSorted().doesNotHaveDuplicates();
        assertThat(Frames.text(history.getFirst(), "text")).isEqualTo("Ann: my parcel never arrived");
        assertThat(Frames.lines(Frames.sentAs(history, annConversation, new HashSet<>(fromAnn))))
                .isEqualTo(Frames.lines(carolReceived));
        assertThat(Frames.lines(Frames.sentAs(history, annConversation, new HashSet<>(fromCarol))))
                .isEqualTo(Frames.lines(annReceived));
    }

    private static List<String> texts(String who, List<UUID> ids) {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= MESSAGES; i++) {
            ids.add(UUID.randomUUID());
            texts.add("%s #%02d".formatted(who, i));
        }
        return texts;
    }

    /** Sends at about 16 frames a second, inside chat-service's per-socket limit (20 a second, bursts of 40). */
    private void sendAll(StompSocket socket, List<UUID> ids, List<String> texts) {
        for (int i = 0; i < ids.size(); i++) {
            socket.sendMessage(annConversation, ids.get(i), texts.get(i));
            try {
                Thread.sleep(SEND_PACE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** One ack per message, arriving in sending order, with strictly increasing seq. */
    private List<JsonNode> awaitAcks(StompSocket socket, List<UUID> ids) {
        await("acks on " + socket).atMost(WAIT)
                .until(() -> Frames.acksOf(socket.acks(), annConversation, ids).size() == ids.size());
        HashSet<UUID> sent = new HashSet<>(ids);
        List<JsonNode> acks = socket.acks().stream()
                .filter(ack -> sent.contains(UUID.fromString(ack.get("clientMessageId").asString())))
                .toList();
        assertThat(acks).extracting(ack -> UUID.fromString(ack.get("clientMessageId").asString()))
                .as("one ack per message, in sending order")
                .containsExactlyElementsOf(ids);
        assertThat(acks).extracting(ack -> ack.get("seq").asLong()).isSorted().doesNotHaveDuplicates();
        return acks;
    }

    /** The other side's messages arrive all, and no more arrive for a while: exactly once. */
    private List<JsonNode> awaitExactlyOnce(StompSocket socket, List<UUID> ids) {
        HashSet<UUID> wanted = new HashSet<>(ids);
        await("delivery on " + socket).atMost(WAIT)
                .until(() -> Frames.sentAs(socket.events(), annConversation, wanted).size() >= ids.size());
        await("no duplicates on " + socket).during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> Frames.sentAs(socket.events(), annConversation, wanted).size() == ids.size());
        List<JsonNode> received = Frames.sentAs(socket.events(), annConversation, wanted);
        assertThat(received).extracting(event -> UUID.fromString(event.get("clientMessageId").asString()))
                .containsExactlyElementsOf(ids);
        assertThat(received).extracting(event -> event.get("seq").asLong()).isSorted();
        return received;
    }

    private static void assertAcksMatch(List<JsonNode> acks, List<JsonNode> delivered) {
        List<String> deliveredIds = Frames.lines(delivered).stream().map(line -> line.id() + "@" + line.seq()).toList();
        assertThat(acks).extracting(ack -> Frames.text(ack, "messageId") + "@" + ack.get("seq").asLong())
                .containsExactlyElementsOf(deliveredIds);
    }

    @Test
    @Order(4)
    void resendWithTheSameClientMessageIdStoresNothingAndGetsTheSameAck() {
        assumeTrue(fromAnn.size() == MESSAGES, "the fifty messages were not sent");
        UUID resent = fromAnn.get(9);
        JsonNode original = Frames.acks(annSocket.acks(), annConversation, resent).getFirst();
        int historyBefore = api.history(ann, annConversation).size();

        annSocket.sendMessage(annConversation, resent, "Ann #10");

        await("second ack").atMost(WAIT)
                .until(() -> Frames.acks(annSocket.acks(), annConversation, resent).size() == 2);
        assertThat(Frames.acks(annSocket.acks(), annConversation, resent).get(1)).isEqualTo(original);
        Response overRest = api.rest().post("/api/v1/conversations/" + annConversation + "/messages", ann.accessToken(),
                Map.of("clientMessageId", resent.toString(), "text", "Ann #10"));
        assertThat(overRest.status()).as(overRest.toString()).isIn(200, 201);
        assertThat(Frames.text(overRest.json(), "messageId")).isEqualTo(Frames.text(original, "messageId"));
        assertThat(overRest.json().get("seq").asLong()).isEqualTo(original.get("seq").asLong());
        assertThat(api.history(ann, annConversation)).hasSize(historyBefore);
        await("no redelivery to Carol").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> Frames.sentAs(carolSocket.events(), annConversation, Set.of(resent)).size() == 1);
    }

    @Test
    @Order(5)
    void waitingCustomerIsAssignedAsSoonAsTheFirstConversationEnds() {
        assumeTrue(benConversation != null && annConversation != null, "the story did not start");
        JsonNode ended = api.end(carol, annConversation);
        assertThat(ended.get("status").asString()).isEqualTo("ENDED");

        await("Ben's ASSIGNED").atMost(Duration.ofSeconds(10))
                .until(() -> !Frames.assigned(benSocket.events(), benConversation).isEmpty());
        assertThat(Frames.text(Frames.assigned(benSocket.events(), benConversation).getFirst(), "agentId"))
                .isEqualTo(carol.userId());
        await("Carol's ASSIGNED for Ben").atMost(WAIT)
                .until(() -> !Frames.assigned(carolSocket.events(), benConversation).isEmpty());
        await("Ann's ENDED").atMost(WAIT)
                .until(() -> !Frames.ofType(annSocket.events(), annConversation, "ENDED").isEmpty());
        JsonNode benNow = api.conversation(ben, benConversation);
        assertThat(benNow.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(benNow.get("agentId").asString()).isEqualTo(carol.userId());
    }

    @AfterAll
    void leave() {
        try {
            if (benConversation != null) {
                api.end(carol, benConversation);
            }
            api.setStatus(carol, "OFFLINE", null);
        } finally {
            for (StompSocket socket : new StompSocket[] {annSocket, benSocket, carolSocket}) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }
}
