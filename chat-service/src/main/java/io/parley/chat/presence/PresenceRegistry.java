package io.parley.chat.presence;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The presence keys in Redis, shared by every instance:
 * <ul>
 *   <li>{@code <prefix>:presence:<userId>}: hash socketId → instance id, expiring {@code ttl} after the last refresh;
 *   <li>{@code <prefix>:presence:<userId>:seen}: hash socketId → last refresh (epoch ms), same expiry, so one socket
 *       that stopped (its instance died) stops counting even while another device keeps the key alive;
 *   <li>{@code <prefix>:presence:staff}: hash userId → roles, for every AGENT, SUPERVISOR or ADMIN ever registered.
 * </ul>
 */
class PresenceRegistry {
    static final Set<String> STAFF_ROLES = Set.of("AGENT", "SUPERVISOR", "ADMIN");

    private final StringRedisTemplate redis;
    private final String prefix;
    private final Duration ttl;
    private final Clock clock;

    PresenceRegistry(StringRedisTemplate redis, String prefix, Duration ttl, Clock clock) {
        this.redis = redis;
        this.prefix = prefix + ":presence:";
        this.ttl = ttl;
        this.clock = clock;
    }

    Duration ttl() {
        return ttl;
    }

    /** A socket whose CONNECT was accepted; staff roles are remembered for the agents list. */
    void register(String userId, Set<String> roles, String socketId, String instanceId) {
        List<String> staffRoles = roles.stream().filter(STAFF_ROLES::contains).sorted().toList();
        if (!staffRoles.isEmpty()) {
            redis.opsForHash().put(prefix + "staff", userId, String.join(",", staffRoles));
        }
        refresh(userId, socketId, instanceId);
    }

    /** The socket is alive (a heart-beat or another frame): it counts for {@code ttl} from now. */
    void refresh(String userId, String socketId, String instanceId) {
        byte[] key = bytes(prefix + userId);
        byte[] seen = bytes(prefix + userId + ":seen");
        byte[] socket = bytes(socketId);
        byte[] now = bytes(Long.toString(clock.millis()));
        redis.executePipelined((RedisCallback<Object>) connection -> {
            connection.hashCommands().hSet(key, socket, bytes(instanceId));
            connection.hashCommands().hSet(seen, socket, now);
            connection.keyCommands().pExpire(key, ttl.toMillis());
            connection.keyCommands().pExpire(seen, ttl.toMillis());
            return null;
        });
    }

    /** The socket closed. */
    void remove(String userId, String socketId) {
        byte[] socket = bytes(socketId);
        redis.executePipelined((RedisCallback<Object>) connection -> {
            connection.hashCommands().hDel(bytes(prefix + userId), socket);
            connection.hashCommands().hDel(bytes(prefix + userId + ":seen"), socket);
            return null;
        });
    }

    /** How many sockets of this user were refreshed within {@code ttl}; forgets the stale ones. */
    int devices(String userId) {
        Map<Object, Object> seen = redis.opsForHash().entries(prefix + userId + ":seen");
        long oldest = clock.millis() - ttl.toMillis();
        List<Object> stale = new ArrayList<>();
        int live = 0;
        for (Map.Entry<Object, Object> socket : seen.entrySet()) {
            if (parse(socket.getValue()) >= oldest) {
                live++;
            } else {
                stale.add(socket.getKey());
            }
        }
        if (!stale.isEmpty()) {
            redis.opsForHash().delete(prefix + userId, stale.toArray());
            redis.opsForHash().delete(prefix + userId + ":seen", stale.toArray());
        }
        return live;
    }

    /** Every staff member ever registered, with their live devices now, by id. */
    List<AgentPresence> staff() {
        return redis.opsForHash().keys(prefix + "staff").stream()
                .map(String::valueOf)
                .map(id -> {
                    int devices = devices(id);
                    return new AgentPresence(id, devices > 0, devices);
                })
                .sorted(Comparator.comparing(AgentPresence::agentId))
                .toList();
    }

    private static long parse(Object millis) {
        try {
            return Long.parseLong(String.valueOf(millis));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
