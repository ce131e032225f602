package io.parley.chat.outbox;

import io.parley.chat.store.Conversation;
import io.parley.chat.store.Conversations;
import io.parley.chat.store.Timeline;
import io.parley.chat.store.TimelineEvent;
import io.parley.contracts.events.EventEnvelope;
import io.parley.kit.events.EventPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes what the documents say is pending, under the relay lease: first lifecycle events (so a
 * conversation's {@code conversation.queued} leaves before its {@code conversation.ended}), then
 * {@code message.sent} in the order messages were stored. A document is marked published only after the
 * broker confirmed; a failure leaves it for the next round. Runs when woken after a write and every
 * {@code pollMillis} anyway (which also picks up work another instance left behind).
 */
public class OutboxRelay implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private final Conversations conversations;
    private final Timeline timeline;
    private final EventPublisher publisher;
    private final RelayLease lease;
    private final long pollMillis;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private volatile boolean running;

    OutboxRelay(Conversations conversations, Timeline timeline, EventPublisher publisher, RelayLease lease,
            long pollMillis) {
        this.conversations = conversations;
        this.timeline = timeline;
        this.publisher = publisher;
        this.lease = lease;
        this.pollMillis = pollMillis;
    }

    /** Asks for a round soon; many wake-ups coalesce into one. */
    public void wakeUp() {
        if (running && scheduled.compareAndSet(false, true)) {
            executor.execute(this::round);
        }
    }

    /** Publishes until nothing is pending; returns how many events left (0 if another instance holds the lease). */
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

    private void round() {
        scheduled.set(false);
        try {
            publishPending();
        } catch (RuntimeException e) {
            log.warn("outbox relay round failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "chat-outbox-relay");
            t.setDaemon(true);
            return t;
        });
        running = true;
        executor.scheduleWithFixedDelay(this::round, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
