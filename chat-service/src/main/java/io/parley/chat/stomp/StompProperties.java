package io.parley.chat.stomp;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.stomp.*}: how long a socket may stay without a valid CONNECT, the largest frame, and the
 * per-socket frame rate (sustained per second, and the burst allowed on top).
 */
@ConfigurationProperties("parley.stomp")
record StompProperties(Duration connectTimeout, Integer messageSizeLimit, Integer framesPerSecond, Integer frameBurst) {

    StompProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        messageSizeLimit = messageSizeLimit == null ? 64 * 1024 : messageSizeLimit;
        framesPerSecond = framesPerSecond == null ? 20 : framesPerSecond;
        frameBurst = frameBurst == null ? 40 : frameBurst;
    }
}
