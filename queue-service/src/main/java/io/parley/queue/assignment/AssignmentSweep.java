package io.parley.queue.assignment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs assignment every {@code parley.queue.sweep-millis} (2 s) as a safety net: after a restart, or for
 * anything a handler could not assign. Every change already runs assignment itself, so this usually finds
 * nothing to do.
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
