package io.parley.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.systemtest.client.ParleyApi;
import io.parley.systemtest.client.Session;
import io.parley.systemtest.client.StompSocket;
import io.parley.systemtest.fleet.Fleet;
import io.parley.systemtest.fleet.SystemTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The gateway's WebSocket proxy passes the first STOMP frame on: a client that sends CONNECT as soon as the
 * socket opens (as every STOMP client does) gets CONNECTED every time, without reconnecting.
 */
@SystemTest
@Order(5)
class GatewayWebSocketSystemTest {
    private static final int SOCKETS = 20;

    @Test
    void everyStompConnectThroughTheGatewayIsAnswered(Fleet fleet) {
        Session guest = new ParleyApi(fleet.gateway()).guest("Nia");
        List<String> unanswered = new ArrayList<>();
        for (int i = 1; i <= SOCKETS; i++) {
            StompSocket socket = StompSocket.open(fleet.gatewayWebSocket(), guest.accessToken());
            if (!socket.isConnected()) {
                unanswered.add("socket " + i + ": " + socket);
            }
            socket.close();
        }
        assertThat(unanswered)
                .as("sockets of %d whose CONNECT got no answer through the gateway", SOCKETS)
                .isEmpty();
    }
}
