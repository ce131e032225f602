package io.parley.chat.presence;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testsupport.TestNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The registry against the real local Redis with a short TTL and a clock the test moves. */
class PresenceRegistryTest {
    private final String prefix = "parley-presence-t" + TestNames.unique();
    private final LettuceConnectionFactory factory = connect();
    private final StringRedisTemplate redis = new StringRedisTemplate(factory);
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final PresenceRegistry registry = new PresenceRegistry(redis, prefix, Duration.ofSeconds(1), clock);

    @AfterEach
    void cleanUp() {
        var keys = redis.keys(prefix + ":*");
        if (keys != null && !keys.isEmpty()) {
            redis.delete(keys);
        }
        factory.destroy();
    }

    @Test
    void theKeyIsAHashOfSocketToInstanceThatExpiresAfterTheLastRefresh() throws Exception {
        registry.register("agent-1", Set.of("AGENT"), "socket-1", "instance-a");

        assertThat(redis.opsForHash().entries(prefix + ":presence:agent-1")).containsEntry("socket-1", "instance-a");
        assertThat(redis.getExpire(prefix + ":presence:agent-1")).isBetween(0L, 1L);
        Thread.sleep(700);
        registry.refresh("agent-1", "socket-1", "instance-a");
        Thread.sleep(700);
        assertThat(redis.hasKey(prefix + ":presence:agent-1")).as("refreshed, so still there").isTrue();
        Thread.sleep(1200);

        assertThat(redis.hasKey(prefix + ":presence:agent-1")).as("no refresh for the TTL: gone").isFalse();
        assertThat(registry.staff()).containsExactly(new AgentPresence("agent-1", false, 0));
    }

    @Test
    void aSocketNobodyRefreshedStopsCountingWhileAnotherDeviceKeepsTheKeyAlive() {
        registry.register("agent-2", Set.of("AGENT"), "on-dead-instance", "instance-b");
        now.set(now.get().plusMillis(800));
        registry.register("agent-2", Set.of("AGENT"), "phone", "instance-a");
        assertThat(registry.devices("agent-2")).isEqualTo(2);

        now.set(now.get().plusMillis(400));

        assertThat(registry.devices("agent-2")).isEqualTo(1);
        assertThat(redis.opsForHash().keys(prefix + ":presence:agent-2")).containsExactly("phone");
    }

    @Test
    void onlyStaffAreListed() {
        registry.register("customer-1", Set.of("CUSTOMER"), "s1", "instance-a");
        registry.register("boss", Set.of("ADMIN", "SUPERVISOR"), "s2", "instance-a");

        assertThat(registry.staff()).containsExactly(new AgentPresence("boss", true, 1));
        assertThat(redis.opsForHash().get(prefix + ":presence:staff", "boss")).isEqualTo("ADMIN,SUPERVISOR");
    }

    private static LettuceConnectionFactory connect() {
        LettuceConnectionFactory factory = new LettuceConnectionFactory("localhost", 6379);
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }
}
