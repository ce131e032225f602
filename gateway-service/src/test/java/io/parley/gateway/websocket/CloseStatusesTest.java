package io.parley.gateway.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.socket.CloseStatus;

class CloseStatusesTest {

    @Test
    void aStatusThatMayBeSentIsPassedOnWithItsReason() {
        assertThat(CloseStatuses.forwardable(new CloseStatus(1002, "refused"))).isEqualTo(new CloseStatus(1002, "refused"));
        assertThat(CloseStatuses.forwardable(CloseStatus.NORMAL)).isEqualTo(CloseStatus.NORMAL);
        assertThat(CloseStatuses.forwardable(new CloseStatus(1011))).isEqualTo(new CloseStatus(1011));
        assertThat(CloseStatuses.forwardable(new CloseStatus(4001, "done"))).isEqualTo(new CloseStatus(4001, "done"));
    }

    @Test
    void aCloseFrameWithoutStatusBecomesNormalClosure() {
        assertThat(CloseStatuses.forwardable(CloseStatus.NO_STATUS_CODE)).isEqualTo(CloseStatus.NORMAL);
    }

    @Test
    void restartAndOverloadBecomeGoingAway() {
        assertThat(CloseStatuses.forwardable(CloseStatus.SERVICE_RESTARTED)).isEqualTo(CloseStatus.GOING_AWAY);
        assertThat(CloseStatuses.forwardable(CloseStatus.SERVICE_OVERLOAD)).isEqualTo(CloseStatus.GOING_AWAY);
    }

    @Test
    void aStatusThatMustNotBeSentBecomesProtocolError() {
        assertThat(CloseStatuses.forwardable(CloseStatus.NO_CLOSE_FRAME)).isEqualTo(CloseStatus.PROTOCOL_ERROR);
        assertThat(CloseStatuses.forwardable(CloseStatus.TLS_HANDSHAKE_FAILURE)).isEqualTo(CloseStatus.PROTOCOL_ERROR);
        assertThat(CloseStatuses.forwardable(new CloseStatus(2000))).isEqualTo(CloseStatus.PROTOCOL_ERROR);
    }
}
