package io.parley.chat.depth;

import static io.parley.chat.support.StompTestClient.Connection.next;
import static io.parley.testsupport.TestTokens.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.chat.support.Api.Response;
import io.parley.chat.support.FileServiceStub;
import io.parley.chat.support.StompIntegrationTest;
import io.parley.chat.support.StompTestClient.Connection;
import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.MessageSent;
import io.parley.contracts.stomp.Attachment;
import io.parley.contracts.stomp.ConversationEvent;
import io.parley.contracts.stomp.Destinations;
import io.parley.contracts.stomp.MessageAck;
import io.parley.contracts.stomp.SendMessage;
import io.parley.testsupport.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Files attached to messages, checked with file-service (a local stub of its one endpoint). */
class AttachmentsTest extends StompIntegrationTest {

    @AfterEach
    void fileServiceBackUp() {
        FileServiceStub.down(false);
    }

    @Test
    void aFileTheSenderUploadedIntoThisConversationTravelsWithTheMessageEverywhere() {
        String customerId = newUserId();
        String agentId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        assign(id, customerId, agentId);
        UUID file = FileServiceStub.upload(id, customerId, Set.of(customerId, agentId), "receipt.png");
        Connection customer = connect(customerToken);
        Connection agent = connect(TestTokens.agent(agentId, "Carol"));
        BlockingQueue<MessageAck> acks = customer.subscribe(Destinations.USER_ACKS, MessageAck.class);
        BlockingQueue<ConversationEvent> atAgent = agent.subscribe(Destinations.USER_EVENTS, ConversationEvent.class);
        awaitSubscribed(customerId, Destinations.USER_ACKS);
        awaitSubscribed(agentId, Destinations.USER_EVENTS);

        customer.send(Destinations.sendMessage(id), new SendMessage(UUID.randomUUID(), "", List.of(file)));

        MessageAck ack = next(acks);
        assertThat(ack).isNotNull();
        ConversationEvent live = next(atAgent);
        assertThat(live.text()).as("text may be empty with attachments").isEmpty();
        Attachment expected = new Attachment(file, "receipt.png", "image/png", 2048, "IMAGE", 640, 480, true);
        assertThat(live.attachments()).containsExactly(expected);
        Response history = api(customerToken).get("/api/v1/conversations/" + id + "/messages?afterSeq=2");
        assertThat(history.json().get(0).get("attachments").get(0).get("name").asString()).isEqualTo("receipt.png");
        MessageSent sent = rabbit.await(EventTypes.MESSAGE_SENT, MessageSent.class,
                m -> m.messageId().equals(ack.messageId())).payload();
        assertThat(sent.attachments()).containsExactly(expected);
    }

    @Test
    void aFileOfAnotherConversationOrUploaderOrAnUnknownOneIsRefusedAndNothingIsStored() {
        String customerId = newUserId();
        String agentId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        assign(id, customerId, agentId);
        UUID other = startConversation(customerToken);
        UUID ofOtherConversation = FileServiceStub.upload(other, customerId, Set.of(customerId), "a.pdf");
        UUID ofTheAgent = FileServiceStub.upload(id, agentId, Set.of(customerId, agentId), "b.pdf");
        UUID unknown = UUID.randomUUID();
        UUID mine = FileServiceStub.upload(id, customerId, Set.of(customerId, agentId), "c.pdf");

        for (UUID file : List.of(ofOtherConversation, ofTheAgent, unknown)) {
            Response refused = api(customerToken).post("/api/v1/conversations/" + id + "/messages",
                    new SendMessage(UUID.randomUUID(), "see attached", List.of(mine, file)));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("detail").asString()).isEqualTo("attachment " + file + " not found");
        }
        Response empty = api(customerToken).post("/api/v1/conversations/" + id + "/messages",
                Map.of("clientMessageId", UUID.randomUUID(), "text", " ", "attachments", List.of()));
        assertThat(empty.json().get("detail").asString()).isEqualTo("text must not be empty");
        Response tooMany = api(customerToken).post("/api/v1/conversations/" + id + "/messages",
                new SendMessage(UUID.randomUUID(), "", List.of(mine, mine, mine, mine, mine, mine)));
        assertThat(tooMany.json().get("detail").asString()).isEqualTo("at most 5 attachments");

        Connection customer = connect(customerToken);
        customer.send(Destinations.sendMessage(id), new SendMessage(UUID.randomUUID(), "x", List.of(ofTheAgent)));
        assertThat(customer.awaitError()).isEqualTo("attachment " + ofTheAgent + " not found");
        assertThat(storedSeqs(customerToken, id)).containsExactly(1L, 2L);
    }

    @Test
    void whenFileServiceIsDownTheSenderIsToldToTryAgainNothingIsStoredAndOtherSocketsCarryOn() {
        String customerId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        UUID file = FileServiceStub.upload(id, customerId, Set.of(customerId), "x.png");
        Connection failing = connect(customerToken);
        Connection other = connect(customerToken);
        BlockingQueue<MessageAck> otherAcks = other.subscribe(Destinations.USER_ACKS, MessageAck.class);
        awaitSubscribed(customerId, Destinations.USER_ACKS);
        FileServiceStub.down(true);

        Response rest = api(customerToken).post("/api/v1/conversations/" + id + "/messages",
                new SendMessage(UUID.randomUUID(), "", List.of(file)));
        failing.send(Destinations.sendMessage(id), new SendMessage(UUID.randomUUID(), "", List.of(file)));

        assertThat(rest.status()).isEqualTo(503);
        assertThat(rest.json().get("detail").asString()).isEqualTo("files unavailable, try again");
        assertThat(failing.awaitError()).isEqualTo("files unavailable, try again");
        other.send(Destinations.sendMessage(id), new SendMessage(UUID.randomUUID(), "plain text still works"));
        assertThat(next(otherAcks).seq()).isEqualTo(2);
        assertThat(storedSeqs(customerToken, id)).containsExactly(1L, 2L);
    }
}
