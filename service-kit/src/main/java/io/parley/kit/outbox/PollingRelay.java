package io.parley.kit.outbox;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The rhythm every outbox relay shares, whatever store its outbox is in: {@link #publishPending()} runs on one
 * daemon thread every {@code pollMillis} and soon after {@link #wakeUp()} (many wake-ups coalesce into one
 * round); a failing round is logged and its work left for the next one. Starts and stops with the application
 * context; stopping waits up to 10 seconds for a running round.
 */
public abstract class PollingRelay implements SmartLifecycle {
    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String threadName;
    private final long pollMillis;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private volatile boolean running;

    protected PollingRelay(String threadName, long pollMillis) {
        this.threadName = threadName;
        this.pollMillis = pollMillis;
    }

    /** Publishes what is pending; returns how many events left. */
    public abstract int publishPending();

    /** Asks for a round soon (coalesces many wake-ups into one). */
    public void wakeUp() {
        if (running && scheduled.compareAndSet(false, true)) {
            executor.execute(this::round);
        }
    }

    /** Called once on start: schedule further periodic work of this relay on its thread here. */
    protected void scheduleMore(ScheduledExecutorService relayThread) {}

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
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        running = true;
        executor.scheduleWithFixedDelay(this::round, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        scheduleMore(executor);
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
