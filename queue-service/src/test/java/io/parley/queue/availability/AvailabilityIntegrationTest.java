package io.parley.queue.availability;

import static io.parley.contracts.events.AgentStatus.AWAY;
import static io.parley.contracts.events.AgentStatus.ONLINE;
import static io.parley.queue.support.Events.agent;
import static io.parley.queue.support.Events.ended;
import static io.parley.queue.support.Events.queued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.kit.events.EventCodec;
import io.parley.kit.events.EventDispatcher;
import io.parley.queue.support.QueueState;
import io.parley.queue.support.QueueTestRun;
import io.parley.testsupport.TestProperties;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.server.ResponseStatusException;

/** Availability against the real PostgreSQL, with agents and the line set up by consumed events. */
@SpringBootTest
class AvailabilityIntegrationTest {
    static final QueueTestRun RUN = QueueTestRun.create();
    static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, RUN.properties());
    }

    @Autowired
    EventDispatcher dispatcher;

    @Autowired
    Availabilities availabilities;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventCodec codec;

    @BeforeEach
    void emptyLine() {
        new QueueState(jdbc, codec).clear();
    }

    @Test
    void aDepartmentWithAFreeOnlineAgentIsAvailableWithoutWait() {
        dispatcher.dispatch(agent("a1", ONLINE, 2, List.of("sales"), T0));
        dispatcher.dispatch(agent("a2", AWAY, 2, List.of("sales"), T0));

        assertThat(availabilities.of("Sales")).isEqualTo(new Availability("sales", true, 1, 0));
    }

    @Test
    void aFullDepartmentEstimatesTheWaitFromItsLineAndHandlingTimes() {
        dispatcher.dispatch(agent("a1", ONLINE, 1, List.of("sales"), T0));
        UUID busy = UUID.randomUUID();
        dispatcher.dispatch(queued(busy, "sales", T0));
        dispatcher.dispatch(queued(UUID.randomUUID(), "sales", T0.plusSeconds(1)));

        // position 2 behind one waiting, no free place, capacity 1, default handling time 300 s: 2 · 300 / 1
        assertThat(availabilities.of("sales")).isEqualTo(new Availability("sales", true, 1, 600));
    }

    @Test
    void nobodyOnlineMeansNotAvailableAndNoEstimate() {
        dispatcher.dispatch(agent("a1", AWAY, 3, List.of("support"), T0));
        UUID gone = UUID.randomUUID();
        dispatcher.dispatch(queued(gone, "support", T0));
        dispatcher.dispatch(ended(gone, null, T0.plusSeconds(5)));

        assertThat(availabilities.of("support")).isEqualTo(new Availability("support", false, 0, null));
    }

    @Test
    void anUnknownDepartmentHasNobodyOnline() {
        dispatcher.dispatch(agent("a1", ONLINE, 3, List.of("sales"), T0));

        assertThat(availabilities.of("nowhere")).isEqualTo(new Availability("nowhere", false, 0, null));
    }

    @Test
    void aMalformedDepartmentIsRefused() {
        assertThatThrownBy(() -> availabilities.of("no such/department"))
                .isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("department must be");
        assertThatThrownBy(() -> availabilities.of(null)).isInstanceOf(ResponseStatusException.class);
    }
}
