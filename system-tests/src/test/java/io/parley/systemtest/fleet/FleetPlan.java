package io.parley.systemtest.fleet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which processes make up the fleet and the environment of each, following the variables of
 * docs/architecture.md. Every consumer gets its own queue name and every process the run's exchange, Redis
 * prefix and database, so nothing is shared with a local run or another test run.
 */
final class FleetPlan {
    /**
     * Access-token lifetime of the extra auth-service whose token the tests use as an expired token (auth-service
     * refuses a zero or negative lifetime: the encoder requires exp after iat).
     */
    static final String EXPIRED_TOKEN_TTL = "PT1S";

    final int mongo;
    final int auth;
    final int authExpiring;
    final int user;
    final int chat1;
    final int chat2;
    final int queue;
    final int file;
    final int notification;
    final int analytics;
    final int gateway;
    private final RunNames names;
    private final Infrastructure servers;
    private final String databaseUrl;
    private final WebAppBuilds webApps;

    FleetPlan(RunNames names, Infrastructure servers, String databaseUrl, WebAppBuilds webApps) {
        int[] ports = FreePorts.take(11);
        this.mongo = ports[0];
        this.auth = ports[1];
        this.authExpiring = ports[2];
        this.user = ports[3];
        this.chat1 = ports[4];
        this.chat2 = ports[5];
        this.queue = ports[6];
        this.file = ports[7];
        this.notification = ports[8];
        this.analytics = ports[9];
        this.gateway = ports[10];
        this.names = names;
        this.servers = servers;
        this.databaseUrl = databaseUrl;
        this.webApps = webApps;
    }

    /** Started first: the store of chat-service and the issuer of every token. */
    List<ServiceSpec> first() {
        Map<String, String> mongoEnv = Map.of(
                "PARLEY_MONGO_PORT", String.valueOf(mongo),
                "PARLEY_MONGO_HOST", "localhost",
                "PARLEY_MONGO_FILE", "memory");
        return List.of(
                new ServiceSpec("dev-mongo", "dev-mongo", mongo, ReadinessProbe.tcp(), mongoEnv),
                service("auth-service", "auth-service", auth, "auth", Map.of()));
    }

    /** Started in parallel once the first ones are ready. */
    List<ServiceSpec> rest() {
        String mongoUri = "mongodb://localhost:" + mongo + "/parley_chat";
        return List.of(
                service("user-service", "user-service", user, "user", Map.of()),
                service("chat-service-1", "chat-service", chat1, "chat", Map.of("PARLEY_INSTANCE_ID", "chat-1",
                        "PARLEY_MONGO_URI", mongoUri, "PARLEY_FILE_URL", local(file))),
                service("chat-service-2", "chat-service", chat2, "chat", Map.of("PARLEY_INSTANCE_ID", "chat-2",
                        "PARLEY_MONGO_URI", mongoUri, "PARLEY_FILE_URL", local(file))),
                service("queue-service", "queue-service", queue, "queue", Map.of()),
                service("file-service", "file-service", file, "file", Map.of(
                        "PARLEY_MONGO_URI", "mongodb://localhost:" + mongo + "/parley_files",
                        "PARLEY_FILES_DIR", data("files"),
                        "PARLEY_FILES_PUBLIC_BASE_URL", local(gateway))),
                service("notification-service", "notification-service", notification, "notification", Map.of()),
                service("analytics-service", "analytics-service", analytics, "analytics",
                        Map.of("PARLEY_SEARCH_DATA", data("opensearch"))),
                service("gateway-service", "gateway-service", gateway, "gateway", gatewayEnv()));
    }

    private Map<String, String> gatewayEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("PARLEY_AUTH_URL", local(auth));
        env.put("PARLEY_USER_URL", local(user));
        env.put("PARLEY_QUEUE_URL", local(queue));
        env.put("PARLEY_FILE_URL", local(file));
        env.put("PARLEY_NOTIFICATION_URL", local(notification));
        env.put("PARLEY_ANALYTICS_URL", local(analytics));
        env.put("PARLEY_CHAT_URLS", local(chat1) + "," + local(chat2));
        // the built widget and dashboard (copies), served at /widget/ and /dashboard/ for BrowserSystemTest
        env.put("PARLEY_WIDGET_DIR", webApps.widget().toString());
        env.put("PARLEY_DASHBOARD_DIR", webApps.dashboard().toString());
        // every simulated customer comes from 127.0.0.1: lift the per-IP limit of anonymous calls
        // (guest sign-ups, logins, socket upgrades), not the per-user one
        env.put("PARLEY_RATE_LIMIT_ANON_RPS", "100");
        env.put("PARLEY_RATE_LIMIT_ANON_BURST", "500");
        return env;
    }

    /**
     * Started alone after the first ones and stopped again: an auth-service on the same database (so the same
     * signing key) whose access tokens expire after a second. Only the expired-token tests need it.
     */
    ServiceSpec expiringAuth() {
        return service("auth-service-expiring", "auth-service", authExpiring, "auth-expiring",
                Map.of("PARLEY_ACCESS_TOKEN_TTL", EXPIRED_TOKEN_TTL));
    }

    private ServiceSpec service(String name, String module, int port, String queueName, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("PARLEY_DB_URL", databaseUrl);
        env.put("PARLEY_DB_USER", servers.pgUser());
        env.put("PARLEY_DB_PASSWORD", servers.pgPassword());
        env.put("PARLEY_REDIS_HOST", servers.redisHost());
        env.put("PARLEY_REDIS_PORT", String.valueOf(servers.redisPort()));
        env.put("PARLEY_REDIS_PREFIX", names.redisPrefix());
        env.put("PARLEY_RABBIT_HOST", servers.rabbitHost());
        env.put("PARLEY_RABBIT_PORT", String.valueOf(servers.rabbitPort()));
        env.put("PARLEY_RABBIT_USER", servers.rabbitUser());
        env.put("PARLEY_RABBIT_PASSWORD", servers.rabbitPassword());
        env.put("PARLEY_EVENTS_EXCHANGE", names.exchange());
        env.put("PARLEY_EVENTS_QUEUE", names.queue(queueName));
        env.put("PARLEY_JWKS_URI", local(auth) + "/api/v1/auth/jwks");
        env.put("PARLEY_JWT_ISSUER", "parley");
        env.put("PARLEY_DEMO_SEED", "true");
        env.put("PARLEY_CORS_ORIGINS", local(gateway));
        env.putAll(extra);
        env.putAll(passedThrough());
        return new ServiceSpec(name, module, port, ReadinessProbe.actuator(), Map.copyOf(env));
    }

    /**
     * {@code -Dparley.fleet.env.NAME=value} on the Maven command line sets NAME for every service, e.g.
     * {@code -Dparley.fleet.env.LOGGING_LEVEL_ORG_SPRINGFRAMEWORK_WEB_SOCKET=DEBUG} to look into a failure.
     */
    private static Map<String, String> passedThrough() {
        Map<String, String> env = new HashMap<>();
        System.getProperties().forEach((key, value) -> {
            if (key.toString().startsWith("parley.fleet.env.")) {
                env.put(key.toString().substring("parley.fleet.env.".length()), value.toString());
            }
        });
        return env;
    }

    /** A folder of this run for a service's files (under target/, deleted by the next clean build). */
    private String data(String what) {
        return java.nio.file.Path.of("target", "fleet-data", names.id(), what).toAbsolutePath().toString();
    }

    private static String local(int port) {
        return "http://localhost:" + port;
    }
}
