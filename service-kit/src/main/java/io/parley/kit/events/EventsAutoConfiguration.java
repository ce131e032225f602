package io.parley.kit.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/** Event codec, publisher with confirms, the exchange, and the service's queue with its dead-letter queue. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"
        })
@ConditionalOnClass(RabbitTemplate.class)
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

    @Bean
    EventCodec eventCodec(ObjectProvider<JsonMapper> json) {
        return new EventCodec(json.getIfAvailable(JsonMapper::new));
    }

    @Bean
    EventPublisher eventPublisher(RabbitTemplate rabbit, EventCodec codec, EventsProperties properties) {
        return new EventPublisher(rabbit, codec, properties);
    }

    @Bean
    Declarables parleyEventsTopology(EventsProperties properties) {
        List<Declarable> declarables = new ArrayList<>();
        TopicExchange exchange = new TopicExchange(properties.exchange(), true, false);
        DirectExchange deadLetters = new DirectExchange(properties.deadLetterExchange(), true, false);
        declarables.add(exchange);
        declarables.add(deadLetters);
        if (properties.queue() != null && !properties.queue().isBlank()) {
            Map<String, Object> arguments = new java.util.HashMap<>(Map.of(
                    "x-dead-letter-exchange", properties.deadLetterExchange(),
                    "x-dead-letter-routing-key", properties.queue()));
            if (properties.singleActiveConsumer()) {
                arguments.put("x-single-active-consumer", true);
            }
            Queue queue = QueueBuilder.durable(properties.queue()).withArguments(arguments).build();
            Queue deadLetterQueue = QueueBuilder.durable(properties.deadLetterQueue()).build();
            declarables.add(queue);
            declarables.add(deadLetterQueue);
            declarables.add(BindingBuilder.bind(deadLetterQueue).to(deadLetters).with(properties.queue()));
            for (String type : properties.bindings()) {
                Binding binding = BindingBuilder.bind(queue).to(exchange).with(type);
                declarables.add(binding);
            }
        }
        return new Declarables(declarables);
    }

    @Bean
    @ConditionalOnExpression("!'${parley.events.queue:}'.isBlank()")
    EventDispatcher eventDispatcher(
            EventCodec codec, List<EventHandler<?>> handlers, ObjectProvider<IdempotencyGuard> guard) {
        return new EventDispatcher(codec, handlers, guard.getIfAvailable());
    }
}
