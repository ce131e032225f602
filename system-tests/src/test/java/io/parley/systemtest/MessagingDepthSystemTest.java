package io.parley.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.systemtest.client.ParleyApi;
import io.parley.systemtest.client.Response;
import io.parley.systemtest.client.Rest;
import io.parley.systemtest.client.Session;
import io.parley.systemtest.client.StompSocket;
import io.parley.systemtest.fleet.Fleet;
import io.parley.systemtest.fleet.SystemTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Messaging depth through the gateway (docs/architecture.md, "Messaging depth (issue 5)"): a customer and
 * Alice (sales) exchange a file, receipts and reactions; search finds the words for those who may see them and
 * nobody else; an ended conversation is reopened. The steps share one conversation and run in order.
 */
@SystemTest
@Order(20)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessagingDepthSystemTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String WORD = "marmalade" + Long.toString(System.nanoTime(), 36);

    private ParleyApi api;
    private Session customer;
    private Session stranger;
    private Session alice;
    private UUID conversation;
    private String fileId;

    @BeforeAll
    void startAConversationWithAlice(Fleet fleet) {
        api = new ParleyApi(fleet.gateway());
        alice = api.login(Cast.ALICE, ParleyApi.DEMO_PASSWORD);
        api.setStatus(api.login(Cast.BOB, ParleyApi.DEMO_PASSWORD), "OFFLINE", null);
        api.setStatus(alice, "ONLINE", 3);
        customer = api.guest("Mira Messages");
        stranger = api.guest("Stan Stranger");
        conversation = UUID.fromString(api.startConversation(customer, UUID.randomUUID(),
                "My parcel smells of " + WORD, Cast.SALES).get("id").asString());
        await("Alice has it").atMost(WAIT).until(() -> alice.userId().equals(
                api.conversation(customer, conversation).path("agentId").asString(null)));
    }

    @AfterAll
    void goOffline() {
        api.rest().post("/api/v1/conversations/" + conversation + "/end", customer.accessToken(), null);
        api.setStatus(alice, "OFFLINE", null);
    }

    @Test
    @Order(1)
    void aCustomerSendsAPictureThatOnlyTheConversationsPeopleCanDownloadThroughASignedLink() {
        Response upload = api.rest().postFile("/api/v1/files", customer.accessToken(),
                Map.of("conversationId", conversation.toString()), "photo.png", "image/png", png());
        upload.expect(201);
        JsonNode file = upload.json();
        fileId = file.get("id").asString();
        assertThat(file.get("kind").asString()).isEqualTo("IMAGE");
        assertThat(file.get("hasThumbnail").asBoolean()).isTrue();

        Map<String, Object> message = new LinkedHashMap<>();
        message.put("clientMessageId", UUID.randomUUID().toString());
        message.put("text", "");
        message.put("attachments", List.of(fileId));
        api.rest().post("/api/v1/conversations/" + conversation + "/messages", customer.accessToken(), message)
                .expect(201);
        JsonNode withFile = api.history(alice, conversation).getLast();
        assertThat(withFile.get("attachments").get(0).get("id").asString()).isEqualTo(fileId);

        assertThat(api.rest().get("/api/v1/files/" + fileId, stranger.accessToken()).status()).isEqualTo(404);
        String url = api.rest().post("/api/v1/files/" + fileId + "/links", alice.accessToken(),
                Map.of("variant", "ORIGINAL")).expect(200).json().get("url").asString();
        HttpResponse<byte[]> download = Rest.download(url);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String altered = url.replaceAll("sig=[^&]+", "sig=" + "A".repeat(43));
        assertThat(Rest.download(altered).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void anHtmlPageNamedLikeAPictureAndAnEmptyFileAreRefusedAndNothingIsStored() {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        Response disguised = api.rest().postFile("/api/v1/files", customer.accessToken(),
                Map.of("conversationId", conversation.toString()), "cat.png", "image/png", html);
        assertThat(disguised.status()).isEqualTo(415);
        assertThat(disguised.isProblem()).isTrue();
        Response empty = api.rest().postFile("/api/v1/files", customer.accessToken(),
                Map.of("conversationId", conversation.toString()), "empty.txt", "text/plain", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        Response foreign = api.rest().postFile("/api/v1/files", stranger.accessToken(),
                Map.of("conversationId", conversation.toString()), "photo.png", "image/png", png());
        assertThat(foreign.status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void receiptsAndReactionsAreStoredOnceAndSeenByTheOtherSide() {
        JsonNode reply = api.rest().post("/api/v1/conversations/" + conversation + "/messages", alice.accessToken(),
                Map.of("clientMessageId", UUID.randomUUID().toString(), "text", "Oh no, let me check")).expect(201)
                .json();
        long replySeq = reply.get("seq").asLong();

        assertThat(List.of(receipt(customer, "READ", replySeq), receipt(customer, "READ", replySeq),
                        react(customer, replySeq, "👍", "ADD"), react(customer, replySeq, "👍", "ADD")))
                .allSatisfy(answer -> assertThat(answer.status() / 100).as(answer.toString()).isEqualTo(2));
        assertThat(react(stranger, replySeq, "👍", "ADD").status()).isEqualTo(404);
        assertThat(react(customer, replySeq, "not an emoji", "ADD").status()).isEqualTo(400);

        List<JsonNode> events = api.events(alice, conversation);
        assertThat(events).filteredOn(e -> e.get("type").asString().equals("RECEIPT")).hasSize(1);
        assertThat(events).filteredOn(e -> e.get("type").asString().equals("REACTION")).hasSize(1);
        JsonNode reacted = api.history(alice, conversation).stream()
                .filter(m -> m.get("seq").asLong() == replySeq).findFirst().orElseThrow();
        assertThat(reacted.get("reactions").get(0).get("emoji").asString()).isEqualTo("👍");
        assertThat(reacted.get("reactions").get(0).get("count").asInt()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void searchFindsTheWordsForThoseWhoMaySeeThemAndNobodyElse() {
        String query = "/api/v1/search/messages?q=" + WORD;
        await("the message is indexed").atMost(WAIT).until(() ->
                api.rest().get(query, customer.accessToken()).expect(200).json().get("total").asLong() == 1);
        JsonNode hit = api.rest().get(query, customer.accessToken()).json().get("hits").get(0);
        assertThat(hit.get("conversationId").asString()).isEqualTo(conversation.toString());
        assertThat(hit.get("snippet").asString()).contains("<mark>" + WORD + "</mark>");
        await("Alice finds it too").atMost(WAIT).until(() ->
                api.rest().get(query, alice.accessToken()).expect(200).json().get("total").asLong() == 1);

        assertThat(api.rest().get(query, stranger.accessToken()).expect(200).json().get("total").asLong()).isZero();
        assertThat(api.rest().get(query + "&customerId=" + customer.userId(), stranger.accessToken()).status())
                .isEqualTo(403);
        String injected = URLEncoder.encode("text:* OR customerId:*", StandardCharsets.UTF_8);
        assertThat(api.rest().get("/api/v1/search/messages?q=" + injected, stranger.accessToken()).expect(200).json()
                .get("total").asLong()).isZero();
    }

    @Test
    @Order(5)
    void aCustomerBackFromAWhileOfflineCatchesUpOnEveryMessageReceiptAndReactionOnceInOrder(Fleet fleet) {
        StompSocket before = StompSocket.connect(fleet.gatewayWebSocket(), customer.accessToken());
        String firstInstance = before.instanceId();
        long seen = api.conversation(customer, conversation).get("lastSeq").asLong();
        before.close();

        JsonNode missed = api.rest().post("/api/v1/conversations/" + conversation + "/messages", alice.accessToken(),
                Map.of("clientMessageId", UUID.randomUUID().toString(), "text", "Found it, sending a new one"))
                .expect(201).json();
        react(alice, missed.get("seq").asLong(), "🙏", "ADD").expect(201);
        receipt(alice, "READ", seen).expect(201);

        StompSocket after =
                StompSocket.connectAwayFrom(fleet.gatewayWebSocket(), customer.accessToken(), firstInstance);
        try {
            List<JsonNode> caughtUp = api.rest().get("/api/v1/conversations/" + conversation + "/events?afterSeq="
                    + seen + "&limit=1000", customer.accessToken()).expect(200).json().valueStream().toList();
            assertThat(caughtUp).extracting(e -> e.get("seq").asLong()).doesNotHaveDuplicates().isSorted();
            assertThat(caughtUp).extracting(e -> e.get("type").asString())
                    .containsExactly("MESSAGE", "REACTION", "RECEIPT");
            JsonNode live = api.rest().post("/api/v1/conversations/" + conversation + "/messages",
                    alice.accessToken(),
                    Map.of("clientMessageId", UUID.randomUUID().toString(), "text", "Still there?")).expect(201).json();
            await("the next message arrives live on the other instance").atMost(WAIT).until(() ->
                    Frames.messages(after.events(), conversation).stream()
                            .anyMatch(e -> e.get("seq").asLong() == live.get("seq").asLong()));
            assertThat(Frames.messages(after.events(), conversation))
                    .filteredOn(e -> e.get("seq").asLong() == live.get("seq").asLong()).hasSize(1);
        } finally {
            after.close();
        }
    }

    @Test
    @Order(6)
    void anEndedConversationCanBeReopenedAndGoesBackToAnAgent() {
        api.end(customer, conversation);
        api.rest().post("/api/v1/conversations/" + conversation + "/reopen", customer.accessToken(), null).expect(200);
        await("assigned again").atMost(WAIT).until(() ->
                api.conversation(customer, conversation).get("status").asString().equals("ACTIVE"));
        assertThat(api.events(customer, conversation))
                .extracting(e -> e.get("type").asString())
                .containsSubsequence("ENDED", "REOPENED", "ASSIGNED");
        assertThat(api.rest().post("/api/v1/conversations/" + conversation + "/reopen", customer.accessToken(), null)
                .status()).as("not ended").isEqualTo(409);
    }

    private Response receipt(Session who, String status, long upToSeq) {
        return api.rest().post("/api/v1/conversations/" + conversation + "/receipts", who.accessToken(),
                Map.of("status", status, "upToSeq", upToSeq));
    }

    private Response react(Session who, long targetSeq, String emoji, String op) {
        return api.rest().post("/api/v1/conversations/" + conversation + "/reactions", who.accessToken(),
                Map.of("targetSeq", targetSeq, "emoji", emoji, "op", op));
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 640; x++) {
            image.setRGB(x, x % 480, 0x3366cc);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
