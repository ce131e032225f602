package io.parley.chat.fanout;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The deployment's one fan-out channel: {@code <PARLEY_REDIS_PREFIX>:chat:fanout}. */
@Component
class FanoutChannel {
    private final String name;

    FanoutChannel(@Value("${parley.redis.prefix:parley}") String prefix) {
        this.name = prefix + ":chat:fanout";
    }

    String name() {
        return name;
    }
}
