package io.parley.file.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.ConversationRequeued;
import io.parley.contracts.events.EventEnvelope;
import io.parley.file.support.FileIntegrationTest;
import io.parley.file.support.Samples;
import io.parley.testsupport.TestTokens;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may read a file follows the conversation events. */
class VisibilityTest extends FileIntegrationTest {
    private final String customer = TestTokens.newUserId();
    private final String agent = TestTokens.newUserId();

    @Test
    void participantsAndSupervisorsReadAFileAndAStrangerGets404() {
        UUID conversation = assignedConversation(customer, agent);
        String id = upload(conversation);

        assertThat(http().get("/api/v1/files/" + id, TestTokens.customer(customer)).status()).isEqualTo(200);
        assertThat(http().get("/api/v1/files/" + id, TestTokens.agent(agent, "Ann")).status()).isEqualTo(200);
        assertThat(http().get("/api/v1/files/" + id, TestTokens.supervisor(TestTokens.newUserId())).json()
                .get("id").asString()).isEqualTo(id);
        var stranger = http().get("/api/v1/files/" + id, TestTokens.customer(TestTokens.newUserId()));
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(http().get("/api/v1/files/" + id, TestTokens.agent(TestTokens.newUserId(), "Bo")).status())
                .isEqualTo(404);
        assertThat(http().get("/api/v1/files/" + UUID.randomUUID(), TestTokens.customer(customer)).status())
                .isEqualTo(404);
    }

    @Test
    void aNewAgentSeesTheConversationsFilesAndARequeuedAgentNoLongerDoes() {
        UUID conversation = assignedConversation(customer, agent);
        String id = upload(conversation);
        String next = TestTokens.newUserId();

        events.publish(EventEnvelope.of(new ConversationRequeued(conversation, customer, agent, "support",
                ConversationRequeued.NO_AGENT_REPLY, Instant.now())));
        awaitParticipation(conversation, p -> p.agentId() == null);
        assertThat(http().get("/api/v1/files/" + id, TestTokens.agent(agent, "Ann")).status()).isEqualTo(404);

        events.publish(EventEnvelope.of(
                new ConversationAssigned(conversation, customer, next, "Cy", "support", Instant.now())));
        awaitParticipation(conversation, p -> next.equals(p.agentId()));
        assertThat(http().get("/api/v1/files/" + id, TestTokens.agent(next, "Cy")).status()).isEqualTo(200);
    }

    @Test
    void anOlderOrRepeatedEventChangesNothing() {
        UUID conversation = assignedConversation(customer, agent);
        Instant old = Instant.now().minusSeconds(60);

        events.publish(EventEnvelope.of(new ConversationRequeued(conversation, customer, agent, "support",
                ConversationRequeued.AGENT_OFFLINE, old)));
        String marker = TestTokens.newUserId();
        events.publish(EventEnvelope.of(
                new ConversationAssigned(conversation, customer, marker, "Di", "support", Instant.now())));
        awaitParticipation(conversation, p -> marker.equals(p.agentId()));

        assertThat(participations.find(conversation).orElseThrow().customerId()).isEqualTo(customer);
    }

    private String upload(UUID conversation) {
        var response = http().upload(TestTokens.customer(customer), conversation, "receipt.png", "image/png",
                Samples.png(40, 30));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
