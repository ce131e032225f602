package io.parley.kit.events;

import io.parley.contracts.events.EventEnvelope;
import java.util.List;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes envelopes to the events exchange and returns only once the broker confirmed every one of them
 * (publisher confirms, {@code spring.rabbitmq.publisher-confirm-type=simple}); throws otherwise, so that an
 * outbox keeps what was not confirmed and tries again.
 */
public class EventPublisher {
    private static final long CONFIRM_TIMEOUT_MS = 10_000;

    private final RabbitTemplate rabbit;
    private final EventCodec codec;
    private final String exchange;

    public EventPublisher(RabbitTemplate rabbit, EventCodec codec, EventsProperties properties) {
        this.rabbit = rabbit;
        this.codec = codec;
        this.exchange = properties.exchange();
    }

    public void publish(EventEnvelope<?> envelope) {
        publishAll(List.of(envelope));
    }

    /** Publishes in order on one channel, then waits for all confirms. */
    public void publishAll(List<? extends EventEnvelope<?>> envelopes) {
        if (envelopes.isEmpty()) {
            return;
        }
        rabbit.invoke(ops -> {
            for (EventEnvelope<?> envelope : envelopes) {
                ops.send(exchange, envelope.type(), toMessage(envelope));
            }
            ops.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MS);
            return null;
        });
    }

    /** Publishes already-encoded envelopes (as an outbox stores them). */
    public void publishEncoded(List<EncodedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        rabbit.invoke(ops -> {
            for (EncodedEvent event : events) {
                ops.send(exchange, event.type(), message(event.eventId().toString(), event.type(), event.json()));
            }
            ops.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MS);
            return null;
        });
    }

    private Message toMessage(EventEnvelope<?> envelope) {
        return message(envelope.eventId().toString(), envelope.type(), codec.encode(envelope));
    }

    private static Message message(String id, String type, byte[] body) {
        return MessageBuilder.withBody(body)
                .setContentType("application/json")
                .setMessageId(id)
                .setType(type)
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .build();
    }

    /** An envelope as stored by an outbox: its id, type and JSON. */
    public record EncodedEvent(java.util.UUID eventId, String type, byte[] json) {}
}
