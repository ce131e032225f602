package io.parley.chat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReceiptStateTest {
    private static final Instant T1 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-01T10:01:00Z");

    @Test
    void readImpliesDeliveredAndOnlyAnAdvanceChangesTheState() {
        ReceiptState read = ReceiptState.NONE.after("READ", 5, T1);
        assertThat(read).isEqualTo(new ReceiptState(5, T1, 5, T1));
        assertThat(read.after("DELIVERED", 5, T2)).isEqualTo(read);
        assertThat(read.after("READ", 3, T2)).isEqualTo(read);
        assertThat(read.after("DELIVERED", 7, T2)).isEqualTo(new ReceiptState(7, T2, 5, T1));
    }

    @Test
    void aReadBelowWhatWasDeliveredKeepsTheDeliveredTime() {
        ReceiptState delivered = ReceiptState.NONE.after("DELIVERED", 9, T1);
        assertThat(delivered.after("READ", 4, T2)).isEqualTo(new ReceiptState(9, T1, 4, T2));
    }
}
