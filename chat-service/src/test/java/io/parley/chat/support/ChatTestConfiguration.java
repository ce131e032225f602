package io.parley.chat.support;

import io.parley.kit.events.EventCodec;
import io.parley.kit.events.EventPublisher;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Trusts {@link TestTokens}; deletes this run's RabbitMQ exchange and queues when the owning context closes. */
@TestConfiguration(proxyBeanMethods = false)
public class ChatTestConfiguration {

    @Bean
    @Primary
    JwtDecoder testJwtDecoder() {
        return TestTokens.decoder();
    }

    @Bean
    TestRabbit testRabbit(AmqpAdmin admin, RabbitTemplate rabbit, EventCodec codec, EventPublisher publisher) {
        return new TestRabbit(admin, rabbit, codec, publisher);
    }

    @Bean
    DisposableBean rabbitCleanup(AmqpAdmin admin, @Value("${parley.test.owns-rabbit:true}") boolean owner) {
        return () -> {
            if (owner) {
                admin.deleteQueue(TestRun.TAP);
                admin.deleteQueue(TestRun.QUEUE);
                admin.deleteQueue(TestRun.QUEUE + ".dlq");
                admin.deleteExchange(TestRun.EXCHANGE);
                admin.deleteExchange(TestRun.EXCHANGE + ".dlx");
            }
        };
    }
}
