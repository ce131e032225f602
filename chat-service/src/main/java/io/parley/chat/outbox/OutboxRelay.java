package io.parley.chat.outbox;

import io.parley.chat.store.Conversation;
import io.parley.chat.store.Conversations;
import io.parley.chat.store.Timeline;
import io.parley.chat.store.TimelineEvent;
import io.parley.contracts.events.EventEnvelope;
import io.parley.kit.events.EventPublisher;
import io.parley.kit.outbox.PollingRelay;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes what the documents say is pending, under the relay lease: first lifecycle events (so a
 * conversation's {@code conversation.queued} leaves before its {@code conversation.ended}), then
 * {@code message.sent} in the order messages were stored. A document is marked published only after the
 * broker confirmed; a failure leaves it for the next round. Runs when woken after a write and every
 * {@code pollMillis} anyway (which also picks up work another instance left behind), as the kit's
 * {@link PollingRelay} schedules it.
 */
public class OutboxRelay extends PollingRelay {
    private static final int BATCH = 100;

    private final Conversations conversations;
    private final Timeline timeline;
    private final EventPublisher publisher;
    private final RelayLease lease;

    OutboxRelay(Conversations conversations, Timeline timeline, EventPublisher publisher, RelayLease lease,
            long pollMillis) {
        super("chat-outbox-relay", pollMillis);
        this.conversations = conversations;
        this.timeline = timeline;
        this.publisher = publisher;
        this.lease = lease;
    }

    /** Publishes until nothing is pending; returns how many events left (0 if another instance holds the lease). */
    @Override
    public int publishPending() {
        if (!lease.tryAcquire()) {
            return 0;
        }
        try {
            int total = 0;
            int published;
            do {
                published = publishLifecycle() + publishMessages();
                total += published;
            } while (published > 0 && lease.tryAcquire());
            return total;
        } finally {
            lease.release();
        }
    }

    private int publishLifecycle() {
        List<Conversation> pending = conversations.withUnpublishedLifecycle(BATCH);
        List<EventEnvelope<?>> envelopes = new ArrayList<>();
        for (Conversation c : pending) {
            if (Boolean.FALSE.equals(c.queuedPublished())) {
                envelopes.add(OutboxEnvelopes.queued(c));
            }
            if (Boolean.FALSE.equals(c.endedPublished())) {
                envelopes.add(OutboxEnvelopes.ended(c));
            }
        }
        publisher.publishAll(envelopes);
        for (Conversation c : pending) {
            conversations.markLifecyclePublished(
                    c.id(), Boolean.FALSE.equals(c.queuedPublished()), Boolean.FALSE.equals(c.endedPublished()));
        }
        return envelopes.size();
    }

    private int publishMessages() {
        List<TimelineEvent> pending = timeline.unpublished(BATCH);
        publisher.publishAll(pending.stream().map(OutboxEnvelopes::messageSent).toList());
        timeline.markPublished(pending.stream().map(TimelineEvent::id).toList());
        return pending.size();
    }
}
