package io.parley.kit.outbox;

import io.parley.contracts.events.EventEnvelope;
import io.parley.kit.events.EventCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Adds an event to the outbox inside the caller's transaction; the relay publishes it after commit. */
public class Outbox {
    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final OutboxRelay relay;

    public Outbox(JdbcTemplate jdbc, EventCodec codec, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.relay = relay;
    }

    /** Wraps the payload in a new envelope and stores it; returns the envelope. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> EventEnvelope<T> add(T payload) {
        EventEnvelope<T> envelope = EventEnvelope.of(payload);
        jdbc.update(
                "insert into outbox (event_id, type, envelope) values (?, ?, ?::jsonb)",
                envelope.eventId(),
                envelope.type(),
                codec.encodeToString(envelope));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
        return envelope;
    }
}
