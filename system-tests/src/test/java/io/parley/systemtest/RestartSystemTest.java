package io.parley.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.systemtest.client.ParleyApi;
import io.parley.systemtest.client.Session;
import io.parley.systemtest.client.StompSocket;
import io.parley.systemtest.fleet.Fleet;
import io.parley.systemtest.fleet.SystemTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Customers keep arriving while queue-service, Redis and RabbitMQ are restarted one after the other (and some
 * start their chat while RabbitMQ is down). Once agents come online, every one of them is assigned exactly
 * once, no agent is over capacity, and a customer whose socket stayed open through it all is told live.
 * Runs late: it restarts the fleet's own servers.
 */
@SystemTest
@Order(50)
class RestartSystemTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int CAPACITY = 10;

    @Test
    void restartsOfQueueServiceRedisAndRabbitMqLoseNoWaitingCustomerAndAssignNothingTwice(Fleet fleet) {
        ParleyApi api = new ParleyApi(fleet.gateway());
        Session admin = api.login(Cast.ADMIN, Cast.ADMIN_PASSWORD);
        Session alice = api.login(Cast.ALICE, ParleyApi.DEMO_PASSWORD);
        Session bob = api.login(Cast.BOB, ParleyApi.DEMO_PASSWORD);
        api.setStatus(alice, "OFFLINE", null);
        api.setStatus(bob, "OFFLINE", null);
        Map<UUID, Session> started = new HashMap<>();

        Session watcher = api.guest("Wanda Watcher");
        StompSocket watcherSocket = StompSocket.connect(fleet.gatewayWebSocket(), watcher.accessToken());
        started.put(start(api, watcher, "before any restart"), watcher);
        for (int i = 0; i < 3; i++) {
            arrive(api, started, "before any restart " + i);
        }

        fleet.restartService("queue-service");
        arrive(api, started, "after queue-service restarted");
        arrive(api, started, "after queue-service restarted, 2");

        fleet.restartRedis();
        arrive(api, started, "after Redis restarted");
        arrive(api, started, "after Redis restarted, 2");

        fleet.whileRabbitIsDown(() -> {
            arrive(api, started, "while RabbitMQ is down");
            arrive(api, started, "while RabbitMQ is down, 2");
        });
        arrive(api, started, "after RabbitMQ restarted");

        await("every customer is in line").atMost(WAIT).untilAsserted(() -> {
            for (Map.Entry<UUID, Session> entry : started.entrySet()) {
                assertThat(api.queueEntry(entry.getValue(), entry.getKey()).get("status").asString())
                        .as("queue entry of " + entry.getKey()).isEqualTo("WAITING");
            }
        });

        api.setStatus(alice, "ONLINE", CAPACITY);
        api.setStatus(bob, "ONLINE", CAPACITY);

        await("every customer is assigned").atMost(WAIT).untilAsserted(() -> {
            for (Map.Entry<UUID, Session> entry : started.entrySet()) {
                assertThat(api.conversation(entry.getValue(), entry.getKey()).get("status").asString())
                        .as("conversation " + entry.getKey()).isEqualTo("ACTIVE");
            }
        });
        for (Map.Entry<UUID, Session> entry : started.entrySet()) {
            List<JsonNode> assigned = api.events(entry.getValue(), entry.getKey()).stream()
                    .filter(e -> e.get("type").asString().equals("ASSIGNED"))
                    .toList();
            assertThat(assigned).as("ASSIGNED events of " + entry.getKey()).hasSize(1);
        }
        for (JsonNode agent : api.queueOverview(admin).get("agents")) {
            assertThat(agent.get("active").asInt()).as("load of " + agent.get("agentId"))
                    .isLessThanOrEqualTo(agent.get("capacity").asInt());
        }
        await("the watcher is told live").atMost(WAIT).until(() -> !Frames.assigned(watcherSocket.events(),
                started.entrySet().stream().filter(e -> e.getValue() == watcher).findFirst().orElseThrow().getKey())
                .isEmpty());

        started.forEach((id, customer) -> api.end(customer, id));
        api.setStatus(alice, "OFFLINE", null);
        api.setStatus(bob, "OFFLINE", null);
        watcherSocket.close();
    }

    private static void arrive(ParleyApi api, Map<UUID, Session> started, String text) {
        Session customer = api.guest("Restart " + started.size());
        started.put(start(api, customer, text), customer);
    }

    private static UUID start(ParleyApi api, Session customer, String text) {
        JsonNode conversation = api.startConversation(customer, UUID.randomUUID(), text, Cast.SALES);
        return UUID.fromString(conversation.get("id").asString());
    }
}
