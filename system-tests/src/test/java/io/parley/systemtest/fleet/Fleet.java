package io.parley.systemtest.fleet;

import io.parley.systemtest.client.ParleyApi;
import io.parley.systemtest.client.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;

/**
 * The running fleet: dev-mongo and auth-service first, then for a moment a second auth-service that issues the
 * expired token, then every other service (two chat-service instances) in parallel, each waited for until
 * ready. Redis and RabbitMQ are the fleet's own ({@link PrivateServers}), so tests may restart them, and any
 * service, in the middle of a run. {@link #close} stops every process (SIGTERM, then kill), the private servers,
 * and removes the run's database. The gateway also serves the built web apps ({@link WebAppBuilds}).
 */
public final class Fleet implements AutoCloseable {
    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Jars jars;
    private final Path logs;
    private final Infrastructure servers;
    private final PrivateServers privateServers;
    private final RunNames names;
    private final FreshDatabase database;
    private final FleetPlan plan;
    private final WebAppBuilds webApps;
    private final List<FleetProcess> processes = new CopyOnWriteArrayList<>();
    private final Thread killOnExit = new Thread(() -> processes.forEach(FleetProcess::kill), "fleet-kill-on-exit");
    /** Spring Security's default allowance in JwtTimestampValidator, used by every resource server. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    private volatile String expiredToken;
    private volatile Throwable expiredTokenFailure;

    private Fleet(Jars jars, WebAppBuilds webApps, Path logs, Infrastructure servers, PrivateServers privateServers,
            RunNames names, FreshDatabase database) {
        this.jars = jars;
        this.webApps = webApps;
        this.logs = logs;
        this.servers = servers;
        this.privateServers = privateServers;
        this.names = names;
        this.database = database;
        this.plan = new FleetPlan(names, servers, database.jdbcUrl(), webApps);
    }

    /** Starts the whole fleet and waits until it is ready; on failure stops what started and cleans up. */
    public static Fleet start() {
        List<String> modules = List.of("dev-mongo", "auth-service", "user-service", "chat-service", "queue-service",
                "file-service", "notification-service", "analytics-service", "gateway-service");
        Jars built = Jars.fromSystemProperties();
        built.requireAll(modules);
        Path logs = Path.of(System.getProperty("parley.fleet.logs", "target/fleet-logs")).toAbsolutePath();
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + logs, e);
        }
        Jars jars = built.snapshot(modules, logs.resolveSibling("fleet-jars"));
        WebAppBuilds webApps = WebAppBuilds.of(built.root()).snapshot(logs.resolveSibling("fleet-webapps"));
        RunNames names = RunNames.random();
        PrivateServers privateServers = PrivateServers.start(logs, names.id());
        Infrastructure servers = Infrastructure.fromEnvironment(System.getenv())
                .withPrivate(privateServers.redisPort(), privateServers.rabbitPort());
        Fleet fleet;
        try {
            fleet = new Fleet(jars, webApps, logs, servers, privateServers, names,
                    FreshDatabase.create(servers, names.database()));
        } catch (RuntimeException e) {
            privateServers.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(fleet.killOnExit);
        System.out.printf("fleet: run %s, database %s, logs in %s%n", names.id(), names.database(), logs);
        try {
            fleet.launch();
            return fleet;
        } catch (RuntimeException | Error e) {
            fleet.close();
            throw e;
        }
    }

    private void launch() {
        awaitReady(startAll(plan.first()));
        issueExpiredToken();
        awaitReady(startAll(plan.rest()));
    }

    /**
     * Runs the short-lived-token auth-service alone for a moment, early, so that its token is past the clock
     * skew by the time a test uses it. A failure here only fails the expired-token tests.
     */
    private void issueExpiredToken() {
        FleetProcess expiring = startAll(List.of(plan.expiringAuth())).getFirst();
        try {
            expiring.awaitReady(Instant.now().plus(READY_TIMEOUT));
            URI issuer = URI.create("http://localhost:" + expiring.port());
            expiredToken = new ParleyApi(issuer).guest("Expired Guest").accessToken();
        } catch (RuntimeException | AssertionError e) {
            expiredTokenFailure = e;
            System.out.println("fleet: no expired token (only the expiry tests fail): " + e);
        }
        expiring.requestStop(); // it has done its one job
    }

    /**
     * Stops one service (SIGTERM, graceful) and starts it again with the same port and environment, waiting
     * until it is ready. {@code name} as in the logs, e.g. {@code queue-service}, {@code chat-service-1}.
     */
    public void restartService(String name) {
        FleetProcess running = processes.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no running service " + name));
        ServiceSpec spec = plan.rest().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("service " + name + " cannot be restarted"));
        running.requestStop();
        running.awaitStopped(Instant.now().plus(STOP_TIMEOUT));
        processes.remove(running);
        awaitReady(startAll(List.of(spec)));
    }

    /** Stops the fleet's Redis (losing its keys, like a restart without persistence) and starts it again. */
    public void restartRedis() {
        privateServers.restartRedis();
    }

    /** Stops the fleet's RabbitMQ node and starts it again on the same data. */
    public void restartRabbit() {
        privateServers.restartRabbit();
    }

    /** Stops the fleet's RabbitMQ node, runs {@code during}, and starts the node again on the same data. */
    public void whileRabbitIsDown(Runnable during) {
        privateServers.stopRabbit();
        try {
            during.run();
        } finally {
            privateServers.startRabbit();
        }
    }

    private List<FleetProcess> startAll(List<ServiceSpec> specs) {
        List<FleetProcess> started = new ArrayList<>();
        for (ServiceSpec spec : specs) {
            // analytics-service holds an embedded OpenSearch node
            String heap = spec.module().equals("analytics-service") ? "-Xmx768m" : "-Xmx320m";
            List<String> command = List.of(javaBinary(), "-Xms64m", heap, "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-jar", jars.of(spec.module()).toString());
            FleetProcess process =
                    FleetProcess.start(spec.name(), spec.port(), spec.probe(), command, spec.env(), logs);
            processes.add(process);
            started.add(process);
        }
        return started;
    }

    private static void awaitReady(List<FleetProcess> started) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        started.forEach(process -> process.awaitReady(deadline));
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The gateway's HTTP base, e.g. {@code http://localhost:41234}: every REST call of the tests goes here. */
    public URI gateway() {
        return URI.create("http://localhost:" + plan.gateway);
    }

    /**
     * The web apps the gateway serves at {@code /widget/} and {@code /dashboard/} (copies of the builds found
     * when the fleet started; {@link WebAppBuilds#requireAll()} fails if one was missing).
     */
    public WebAppBuilds webApps() {
        return webApps;
    }

    /** Where the processes' logs go ({@code target/fleet-logs}). */
    public Path logs() {
        return logs;
    }

    /** The STOMP endpoint through the gateway. */
    public URI gatewayWebSocket() {
        return URI.create("ws://localhost:" + plan.gateway + "/ws");
    }

    /**
     * A guest access token signed with the fleet's key by an auth-service with PARLEY_ACCESS_TOKEN_TTL=PT1S,
     * issued when the fleet started. Resource servers allow 60 s of clock skew, so it is refused from about
     * 61 s after its {@code exp}; {@link #awaitExpiredTokenRefusable()} waits for that.
     */
    public String expiredToken() {
        if (expiredToken == null) {
            throw new IllegalStateException("the fleet has no expired token", expiredTokenFailure);
        }
        return expiredToken;
    }

    /** Waits (if needed) until the expired token is past its exp plus the resource servers' clock skew. */
    public void awaitExpiredTokenRefusable() {
        long refusableAt = Tokens.claims(expiredToken()).get("exp").asLong() + CLOCK_SKEW.toSeconds() + 2;
        Awaitility.await("expired token past the clock skew")
                .atMost(CLOCK_SKEW.plusSeconds(10))
                .until(() -> Instant.now().getEpochSecond() > refusableAt);
    }

    @Override
    public void close() {
        processes.forEach(FleetProcess::requestStop);
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        processes.forEach(process -> process.awaitStopped(deadline));
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway and finds nothing alive
        }
        cleanUp();
    }

    private void cleanUp() {
        try {
            database.drop();
        } catch (RuntimeException e) {
            System.out.println("fleet: " + e.getMessage());
        }
        privateServers.close();
        System.out.printf("fleet: run %s stopped and cleaned up%n", names.id());
    }
}
