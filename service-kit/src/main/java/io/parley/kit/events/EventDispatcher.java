package io.parley.kit.events;

import io.parley.contracts.events.EventEnvelope;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;

/**
 * The service's one listener on its events queue: decodes the envelope and passes it to the handler of its
 * type. A handler's exception is retried by the container ({@code spring.rabbitmq.listener.simple.retry}) and
 * then dead-lettered; an undecodable message is dead-lettered at once.
 */
public class EventDispatcher {
    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final EventCodec codec;
    private final Map<String, EventHandler<?>> handlers;
    private final IdempotencyGuard guard;

    public EventDispatcher(EventCodec codec, List<EventHandler<?>> handlers, IdempotencyGuard guard) {
        this.codec = codec;
        this.handlers = handlers.stream().collect(Collectors.toMap(EventHandler::type, Function.identity()));
        this.guard = guard;
    }

    @RabbitListener(queues = "${parley.events.queue}", autoStartup = "${parley.events.listen:true}")
    public void onMessage(Message message) {
        EventEnvelope<?> envelope;
        try {
            envelope = codec.decode(message.getBody());
        } catch (IllegalArgumentException e) {
            throw new AmqpRejectAndDontRequeueException("undecodable event, dead-lettered", e);
        }
        dispatch(envelope);
    }

    /** Hands one decoded envelope to its handler (at most once per event id where a guard exists). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void dispatch(EventEnvelope<?> envelope) {
        EventHandler handler = handlers.get(envelope.type());
        if (handler == null) {
            log.debug("no handler for event type {}, ignored", envelope.type());
            return;
        }
        Runnable work = () -> handler.handle(envelope.eventId(), envelope.payload());
        if (guard == null) {
            work.run();
        } else if (!guard.runOnce(envelope.eventId(), work)) {
            log.debug("event {} already processed, skipped", envelope.eventId());
        }
    }
}
