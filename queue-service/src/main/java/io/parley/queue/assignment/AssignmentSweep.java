package io.parley.queue.assignment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the sweep every {@code parley.queue.sweep-millis} (2 s): what only time causes (auto-requeue,
 * escalations, overflow, aging, estimates that drift) and, as a safety net after a restart or a failure,
 * assignment. An instance that finds another one holding the queue lock skips this round.
 */
@Component
class AssignmentSweep {
    private static final Logger log = LoggerFactory.getLogger(AssignmentSweep.class);

    private final QueueService queue;

    AssignmentSweep(QueueService queue) {
        this.queue = queue;
    }

    @Scheduled(
            initialDelayString = "${parley.queue.sweep-millis:2000}",
            fixedDelayString = "${parley.queue.sweep-millis:2000}")
    void sweep() {
        try {
            int assigned = queue.sweep();
            if (assigned > 0) {
                log.info("sweep assigned {} waiting conversation(s)", assigned);
            }
        } catch (RuntimeException e) {
            log.warn("assignment sweep failed, will retry: {}", e.getMessage());
        }
    }
}
