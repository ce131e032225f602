package io.parley.chat.queue;

import io.parley.chat.fanout.Fanout;
import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.QueuePositionsChanged;
import io.parley.contracts.stomp.QueuePositionUpdate;
import io.parley.kit.events.EventHandler;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code queue.positions-changed}: each waiting customer named learns their place in line, the estimated wait
 * and whether to offer leaving a message.
 */
@Component
class PositionsHandler implements EventHandler<QueuePositionsChanged> {
    private final Fanout fanout;

    PositionsHandler(Fanout fanout) {
        this.fanout = fanout;
    }

    @Override
    public String type() {
        return EventTypes.QUEUE_POSITIONS_CHANGED;
    }

    @Override
    public void handle(UUID eventId, QueuePositionsChanged payload) {
        if (payload.positions() == null) {
            return;
        }
        Instant at = payload.at() == null ? Instant.now() : payload.at();
        for (QueuePositionsChanged.Position position : payload.positions()) {
            fanout.queuePosition(position.customerId(), new QueuePositionUpdate(position.conversationId(),
                    position.position(), at, position.estimatedWaitSeconds(), position.offerLeaveMessage()));
        }
    }
}
