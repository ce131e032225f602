package io.parley.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.systemtest.client.Response;
import io.parley.systemtest.client.StompRecorder.ErrorFrame;
import io.parley.systemtest.client.StompSocket;
import java.time.Duration;

/** What a clear refusal looks like: an RFC 9457 problem with a detail, or a STOMP ERROR frame with a reason. */
final class Refusals {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private Refusals() {}

    /** The answer has the status, is application/problem+json and says why in {@code detail}. */
    static Response assertProblem(Response response, int status) {
        response.expect(status);
        assertThat(response.isProblem()).as("problem+json: %s", response).isTrue();
        assertThat(response.detail()).as("detail of %s", response).isNotBlank();
        return response;
    }

    /** Waits for the socket's ERROR frame and returns its {@code message} header (the reason, never blank). */
    static String awaitErrorReason(StompSocket socket) {
        await("an ERROR frame on " + socket).atMost(WAIT).until(() -> !socket.errors().isEmpty());
        ErrorFrame error = socket.errors().getFirst();
        assertThat(error.message()).as("message header of %s", error).isNotBlank();
        return error.message();
    }
}
