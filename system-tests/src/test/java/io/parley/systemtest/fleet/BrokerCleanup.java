package io.parley.systemtest.fleet;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.util.ArrayList;
import java.util.List;

/** Deletes the run's exchanges and queues from RabbitMQ (the services declared them from our names). */
final class BrokerCleanup {
    private BrokerCleanup() {}

    /** Returns what could not be deleted, empty when all went well. */
    static List<String> delete(Infrastructure servers, List<String> exchanges, List<String> queues) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(servers.rabbitHost());
        factory.setPort(servers.rabbitPort());
        factory.setUsername(servers.rabbitUser());
        factory.setPassword(servers.rabbitPassword());
        List<String> problems = new ArrayList<>();
        try (Connection connection = factory.newConnection("parley-system-tests-cleanup")) {
            for (String queue : queues) {
                // a failed operation closes its channel, so each deletion gets its own
                try (Channel channel = connection.createChannel()) {
                    channel.queueDelete(queue);
                } catch (Exception e) {
                    problems.add("queue " + queue + ": " + e.getMessage());
                }
            }
            for (String exchange : exchanges) {
                try (Channel channel = connection.createChannel()) {
                    channel.exchangeDelete(exchange);
                } catch (Exception e) {
                    problems.add("exchange " + exchange + ": " + e.getMessage());
                }
            }
        } catch (Exception e) {
            problems.add("cannot connect to RabbitMQ: " + e.getMessage());
        }
        return problems;
    }
}
