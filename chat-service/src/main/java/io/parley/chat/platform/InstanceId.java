package io.parley.chat.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which chat-service instance this is: {@code PARLEY_INSTANCE_ID}, or host name and HTTP port. Clients learn
 * it on STOMP (subscribe {@code /app/session}); the system test uses it to put two users on different
 * instances.
 */
@Component
public class InstanceId {
    private final String configured;
    private final Environment environment;

    InstanceId(@Value("${parley.instance-id:}") String configured, Environment environment) {
        this.configured = configured;
        this.environment = environment;
    }

    public String value() {
        if (!configured.isBlank()) {
            return configured;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8083"));
        return hostName() + ":" + port;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
