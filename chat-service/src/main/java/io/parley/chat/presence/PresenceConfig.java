package io.parley.chat.presence;

import io.parley.chat.platform.InstanceId;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * The registry on {@code <PARLEY_REDIS_PREFIX>:presence:*} with {@code PARLEY_PRESENCE_TTL} (default 30 s), and the
 * tracker on the inbound STOMP channel (its own configurer, beside the socket rules of {@code io.parley.chat.stomp}).
 */
@Configuration(proxyBeanMethods = false)
class PresenceConfig {

    @Bean
    PresenceRegistry presenceRegistry(StringRedisTemplate redis, @Value("${parley.redis.prefix:parley}") String prefix,
            @Value("${parley.presence.ttl:30s}") Duration ttl) {
        return new PresenceRegistry(redis, prefix, ttl, Clock.systemUTC());
    }

    @Bean
    PresenceTracker presenceTracker(PresenceRegistry registry, InstanceId instance) {
        return new PresenceTracker(registry, instance, Clock.systemUTC());
    }

    @Bean
    WebSocketMessageBrokerConfigurer presenceOnInboundFrames(PresenceTracker tracker) {
        return new WebSocketMessageBrokerConfigurer() {
            @Override
            public void configureClientInboundChannel(ChannelRegistration registration) {
                registration.interceptors(tracker);
            }
        };
    }
}
