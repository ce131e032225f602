package io.parley.kit.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Queue;

class EventsTopologyTest {

    private static Queue serviceQueue(boolean singleActiveConsumer) {
        EventsProperties properties =
                new EventsProperties("ex", "svc.events", List.of("a.b"), 3, singleActiveConsumer);
        return new EventsAutoConfiguration().parleyEventsTopology(properties).getDeclarablesByType(Queue.class)
                .stream()
                .filter(q -> q.getName().equals("svc.events"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aQueueSeveralInstancesConsumeInOrderIsASingleActiveConsumerQueueWithItsDeadLetters() {
        Queue queue = serviceQueue(true);
        assertThat(queue.getArguments())
                .containsEntry("x-single-active-consumer", true)
                .containsEntry("x-dead-letter-exchange", "ex.dlx")
                .containsEntry("x-dead-letter-routing-key", "svc.events");
        assertThat(queue.isDurable()).isTrue();
    }

    @Test
    void otherQueuesLetEveryConsumerReceive() {
        assertThat(serviceQueue(false).getArguments()).doesNotContainKey("x-single-active-consumer");
    }
}
