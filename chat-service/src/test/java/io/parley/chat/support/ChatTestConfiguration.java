package io.parley.chat.support;

import io.parley.kit.events.EventCodec;
import io.parley.kit.events.EventPublisher;
import io.parley.testsupport.TestTokens;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Trusts {@link TestTokens}; deletes this run's RabbitMQ exchange and queues when the owning context closes. */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestTokens.Decoder.class)
public class ChatTestConfiguration {

    @Bean
    TestRabbit testRabbit(AmqpAdmin admin, RabbitTemplate rabbit, EventCodec codec, EventPublisher publisher) {
        return new TestRabbit(admin, rabbit, codec, publisher);
    }

    @Bean
    DisposableBean rabbitCleanup(AmqpAdmin admin, @Value("${parley.test.owns-rabbit:true}") boolean owner) {
        return () -> {
            if (owner) {
                admin.deleteQueue(TestRun.TAP);
                TestRun.BROKER.delete(admin);
            }
        };
    }
}
