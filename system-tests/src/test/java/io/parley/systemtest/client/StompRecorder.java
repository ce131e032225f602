package io.parley.systemtest.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;

/** The session handler of a {@link StompSocket}: records ERROR frames and failures instead of only logging them. */
public final class StompRecorder extends StompSessionHandlerAdapter {

    /** An ERROR frame: the {@code message} header (the reason) and the body. */
    public record ErrorFrame(String message, String body) {}

    private final List<ErrorFrame> errors = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    @Override
    public java.lang.reflect.Type getPayloadType(StompHeaders headers) {
        return byte[].class;
    }

    /** Frames for the session itself are ERROR frames. */
    @Override
    public void handleFrame(StompHeaders headers, Object payload) {
        String body = payload instanceof byte[] bytes
                ? new String(bytes, StandardCharsets.UTF_8)
                : String.valueOf(payload);
        errors.add(new ErrorFrame(headers.getFirst("message"), body));
    }

    @Override
    public void handleException(
            StompSession session, StompCommand command, StompHeaders headers, byte[] payload, Throwable exception) {
        failures.add("exception handling " + command + ": " + exception);
    }

    @Override
    public void handleTransportError(StompSession session, Throwable exception) {
        transportError(exception);
    }

    void transportError(Throwable exception) {
        failures.add("transport: " + exception);
    }

    void unreadable(String destination, String text) {
        failures.add("not JSON on " + destination + ": " + text);
    }

    List<ErrorFrame> errors() {
        return errors;
    }

    String describe() {
        return "errors=" + errors + ", failures=" + failures;
    }
}
