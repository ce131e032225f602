package io.parley.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** Against the real local RabbitMQ. */
class TestBrokerTest {

    @Test
    void aConsumersNamesAreFreshAndAllFourAreGoneAfterDelete() {
        TestBroker broker = TestBroker.forConsumer("kit-service");
        CachingConnectionFactory connections = new CachingConnectionFactory(TestBroker.HOST);
        try {
            RabbitAdmin admin = new RabbitAdmin(connections);
            TopicExchange exchange = new TopicExchange(broker.exchange(), true, false);
            admin.declareExchange(exchange);
            admin.declareExchange(new TopicExchange(broker.exchange() + ".dlx", true, false));
            Queue queue = new Queue(broker.queue(), true);
            admin.declareQueue(queue);
            admin.declareQueue(new Queue(broker.queue() + ".dlq", true));
            admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("#"));
            assertThat(admin.getQueueInfo(broker.queue())).isNotNull();
            assertThat(exists(connections, broker.exchange())).isTrue();

            broker.delete();

            assertThat(admin.getQueueInfo(broker.queue())).isNull();
            assertThat(admin.getQueueInfo(broker.queue() + ".dlq")).isNull();
            assertThat(exists(connections, broker.exchange())).isFalse();
            assertThat(exists(connections, broker.exchange() + ".dlx")).isFalse();
            assertThat(broker.exchange()).startsWith("parley.events.t");
            assertThat(broker.queue()).startsWith("kit-service.events.t");
            assertThat(broker.properties())
                    .containsEntry("parley.events.exchange", broker.exchange())
                    .containsEntry("parley.events.queue", broker.queue());
        } finally {
            connections.destroy();
        }
    }

    private static boolean exists(CachingConnectionFactory connections, String exchange) {
        try {
            new RabbitTemplate(connections).execute(channel -> channel.exchangeDeclarePassive(exchange));
            return true;
        } catch (AmqpException e) {
            return false;
        }
    }

    @Test
    void aPublisherHasAnExchangeButNoQueue() {
        TestBroker broker = TestBroker.forPublisher();

        assertThat(broker.queue()).isNull();
        assertThat(broker.properties()).containsKey("parley.events.exchange").doesNotContainKey("parley.events.queue");
    }
}
