package io.parley.chat.stomp;

import io.parley.chat.platform.InstanceId;
import java.util.Map;
import org.springframework.messaging.simp.annotation.SubscribeMapping;
import org.springframework.stereotype.Controller;

/** {@code SUBSCRIBE /app/session} answers once with {@code {instanceId}}: which chat-service instance this socket is on. */
@Controller
class SessionInfoController {
    private final InstanceId instance;

    SessionInfoController(InstanceId instance) {
        this.instance = instance;
    }

    @SubscribeMapping("/session")
    Map<String, String> session() {
        return Map.of("instanceId", instance.value());
    }
}
