package io.parley.chat.fanout;

import static io.parley.chat.support.StompTestClient.Connection.next;
import static io.parley.testsupport.TestTokens.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.chat.ChatApplication;
import io.parley.chat.support.ChatTestConfiguration;
import io.parley.chat.support.StompIntegrationTest;
import io.parley.chat.support.StompTestClient;
import io.parley.chat.support.StompTestClient.Connection;
import io.parley.chat.support.TestRun;
import io.parley.contracts.stomp.ConversationEvent;
import io.parley.contracts.stomp.Destinations;
import io.parley.contracts.stomp.MessageAck;
import io.parley.contracts.stomp.QueuePositionUpdate;
import io.parley.contracts.stomp.SendMessage;
import io.parley.contracts.stomp.SendTyping;
import io.parley.contracts.stomp.TypingUpdate;
import io.parley.testsupport.TestProperties;
import io.parley.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two chat-service instances sharing MongoDB, Redis and RabbitMQ: this test's context ("instance-a") and a
 * second one started here ("instance-b"). Live items cross between them over Redis pub/sub only.
 */
class CrossInstanceDeliveryTest extends StompIntegrationTest {
    private static ConfigurableApplicationContext instanceB;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    @BeforeAll
    static void startInstanceB() {
        Map<String, Object> properties = TestRun.properties("instance-b");
        properties.put("server.port", "0");
        properties.put("parley.test.owns-rabbit", "false");
        instanceB = new SpringApplicationBuilder(ChatApplication.class, ChatTestConfiguration.class)
                .run(TestProperties.arguments(properties));
    }

    @AfterAll
    static void stopInstanceB() {
        instanceB.close();
    }

    @Test
    void customerAndAgentOnDifferentInstancesTalkLive() {
        String customerId = newUserId();
        String agentId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        Connection customer = connect(customerToken);
        Connection agent = connectToB(TestTokens.agent(agentId, "Carol"));
        assertThat(instanceOf(customer)).isEqualTo("instance-a");
        assertThat(instanceOf(agent)).isEqualTo("instance-b");
        BlockingQueue<ConversationEvent> atCustomer = customer.subscribe(Destinations.USER_EVENTS, ConversationEvent.class);
        BlockingQueue<MessageAck> customerAcks = customer.subscribe(Destinations.USER_ACKS, MessageAck.class);
        BlockingQueue<ConversationEvent> atAgent = agent.subscribe(Destinations.USER_EVENTS, ConversationEvent.class);
        awaitSubscribed(customerId, Destinations.USER_EVENTS);
        awaitSubscribed(customerId, Destinations.USER_ACKS);
        awaitSubscribedOnB(agentId, Destinations.USER_EVENTS);

        assign(id, customerId, agentId);
        assertThat(next(atAgent).type()).as("assignment stored on A reaches the agent on B").isEqualTo("ASSIGNED");
        assertThat(next(atCustomer).type()).isEqualTo("ASSIGNED");

        customer.send(Destinations.sendMessage(id), new SendMessage(UUID.randomUUID(), "hello from A"));
        assertThat(next(customerAcks).seq()).isEqualTo(3);
        ConversationEvent fromA = next(atAgent);
        assertThat(fromA.text()).isEqualTo("hello from A");
        assertThat(fromA.seq()).isEqualTo(3);

        agent.send(Destinations.sendMessage(id), new SendMessage(UUID.randomUUID(), "hello from B"));
        ConversationEvent own = next(atCustomer);
        assertThat(own.text()).as("the sender's own instance also delivers via Redis").isEqualTo("hello from A");
        ConversationEvent fromB = next(atCustomer);
        assertThat(fromB.text()).isEqualTo("hello from B");
        assertThat(fromB.senderRole()).isEqualTo("AGENT");
        assertThat(fromB.seq()).isEqualTo(4);
    }

    @Test
    void typingOnOneInstanceReachesTheOtherParticipantOnTheOtherInstanceOnly() throws Exception {
        String customerId = newUserId();
        String agentId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        assign(id, customerId, agentId);
        Connection customer = connect(customerToken);
        Connection agent = connectToB(TestTokens.agent(agentId, "Carol"));
        BlockingQueue<TypingUpdate> atAgent = agent.subscribe(Destinations.USER_EVENTS, TypingUpdate.class);
        BlockingQueue<TypingUpdate> atCustomer = customer.subscribe(Destinations.USER_EVENTS, TypingUpdate.class);
        awaitSubscribedOnB(agentId, Destinations.USER_EVENTS);
        awaitSubscribed(customerId, Destinations.USER_EVENTS);

        agent.send("/app/conversations/" + id + "/typing", new SendTyping(true));

        TypingUpdate update = next(atCustomer);
        assertThat(update.typing()).isTrue();
        assertThat(update.userId()).isEqualTo(agentId);
        assertThat(update.role()).isEqualTo("AGENT");
        assertThat(atAgent.poll(300, java.util.concurrent.TimeUnit.MILLISECONDS)).as("not to the typist").isNull();
    }

    @Test
    void anItemOnTheRedisChannelReachesTheNamedUsersOnEveryInstance() throws Exception {
        String onA = newUserId();
        String onB = newUserId();
        String bystander = newUserId();
        Connection socketA = connect(TestTokens.customer(onA));
        Connection socketB = connectToB(TestTokens.customer(onB));
        Connection bystanderSocket = connectToB(TestTokens.customer(bystander));
        BlockingQueue<QueuePositionUpdate> atA = socketA.subscribe(Destinations.USER_EVENTS, QueuePositionUpdate.class);
        BlockingQueue<QueuePositionUpdate> atB = socketB.subscribe(Destinations.USER_EVENTS, QueuePositionUpdate.class);
        BlockingQueue<QueuePositionUpdate> notForMe =
                bystanderSocket.subscribe(Destinations.USER_EVENTS, QueuePositionUpdate.class);
        awaitSubscribed(onA, Destinations.USER_EVENTS);
        awaitSubscribedOnB(onB, Destinations.USER_EVENTS);
        awaitSubscribedOnB(bystander, Destinations.USER_EVENTS);
        UUID conversationId = UUID.randomUUID();
        FanoutItem item = new FanoutItem(conversationId, List.of(onA, onB), false, null,
                new QueuePositionUpdate(conversationId, 7, Instant.now()));

        redis.convertAndSend("parley-t" + TestRun.ID + ":chat:fanout", json.writeValueAsString(item));

        assertThat(next(atA).position()).isEqualTo(7);
        assertThat(next(atB).position()).isEqualTo(7);
        assertThat(notForMe.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS)).isNull();
    }

    private Connection connectToB(String token) {
        int port = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
        return StompTestClient.connect(port, token);
    }

    private void awaitSubscribedOnB(String userId, String destination) {
        SimpUserRegistry usersOnB = instanceB.getBean(SimpUserRegistry.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> !usersOnB.findSubscriptions(s ->
                s.getSession().getUser().getName().equals(userId) && s.getDestination().equals(destination)).isEmpty());
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("rawtypes")
    private static String instanceOf(Connection connection) {
        Map session = next(connection.subscribe("/app/session", Map.class));
        return String.valueOf(session.get("instanceId"));
    }
}
