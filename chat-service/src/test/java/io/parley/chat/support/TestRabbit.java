package io.parley.chat.support;

import io.parley.contracts.events.EventEnvelope;
import io.parley.kit.events.EventCodec;
import io.parley.kit.events.EventPublisher;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Plays the other services on this run's exchange: taps what chat-service publishes (a private queue bound
 * to its event types) and publishes what queue-service would.
 */
public final class TestRabbit {
    private final RabbitTemplate rabbit;
    private final EventCodec codec;
    private final EventPublisher publisher;
    private final Queue tap = new Queue(TestRun.TAP, false, false, false);
    private final List<EventEnvelope<?>> seen = new CopyOnWriteArrayList<>();

    TestRabbit(AmqpAdmin admin, RabbitTemplate rabbit, EventCodec codec, EventPublisher publisher) {
        this.rabbit = rabbit;
        this.codec = codec;
        this.publisher = publisher;
        TopicExchange exchange = new TopicExchange(TestRun.BROKER.exchange(), true, false);
        admin.declareExchange(exchange);
        admin.declareQueue(tap);
        for (String key : List.of("conversation.queued", "conversation.ended", "message.sent")) {
            admin.declareBinding(BindingBuilder.bind(tap).to(exchange).with(key));
        }
    }

    /** Publishes as another service would (new event id). */
    public void publish(Object payload) {
        publisher.publish(EventEnvelope.of(payload));
    }

    public void publish(EventEnvelope<?> envelope) {
        publisher.publish(envelope);
    }

    /** Waits for a published event of this type whose payload matches. */
    @SuppressWarnings("unchecked")
    public <T> EventEnvelope<T> await(String type, Class<T> payloadType, Predicate<T> match) {
        return (EventEnvelope<T>) Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            drain();
            return seen.stream()
                    .filter(e -> e.type().equals(type) && payloadType.isInstance(e.payload()))
                    .filter(e -> match.test(payloadType.cast(e.payload())))
                    .findFirst()
                    .orElse(null);
        }, found -> found != null);
    }

    /** Every event seen so far of this type whose payload matches (after draining the tap). */
    public <T> List<EventEnvelope<?>> all(String type, Class<T> payloadType, Predicate<T> match) {
        drain();
        return seen.stream()
                .filter(e -> e.type().equals(type) && payloadType.isInstance(e.payload()))
                .filter(e -> match.test(payloadType.cast(e.payload())))
                .toList();
    }

    private void drain() {
        Message message;
        while ((message = rabbit.receive(tap.getName())) != null) { // basic.get: no consumer set-up to time out under load
            seen.add(codec.decode(message.getBody()));
        }
    }
}
