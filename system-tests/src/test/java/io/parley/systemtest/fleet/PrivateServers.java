package io.parley.systemtest.fleet;

import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A redis-server and a RabbitMQ node of the fleet's own, on free ports, with their data in a temporary folder,
 * so that tests can stop and restart them (and see what the services do about it) without touching the
 * machine's shared servers or a local run. Both binaries come with the Debian packages the scripts install.
 * The RabbitMQ node keeps its data across a restart (durable queues, persistent messages), as a real one does;
 * Redis runs without persistence, like the shared one.
 */
final class PrivateServers implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path dir;
    private final Path logs;
    private final String node;
    private final int redisPort;
    private final int rabbitPort;
    private final int rabbitDistPort;
    private Process redis;
    private Process rabbit;

    private PrivateServers(Path dir, Path logs, String runId) {
        this.dir = dir;
        this.logs = logs;
        this.node = "parley-st-" + runId + "@localhost";
        int[] ports = FreePorts.take(3);
        this.redisPort = ports[0];
        this.rabbitPort = ports[1];
        this.rabbitDistPort = ports[2];
    }

    /** Starts both servers and waits until they accept clients. */
    static PrivateServers start(Path logs, String runId) {
        Path dir;
        try {
            // the RabbitMQ start script drops root to the rabbitmq user, which must be able to write here
            dir = Files.createTempDirectory("parley-st-servers-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
            Files.writeString(dir.resolve("rabbitmq.conf"), "");
            Files.writeString(dir.resolve("enabled_plugins"), "[].\n");
            for (String file : List.of("rabbitmq.conf", "enabled_plugins")) {
                Files.setPosixFilePermissions(dir.resolve(file), PosixFilePermissions.fromString("rw-rw-rw-"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a folder for the fleet's servers", e);
        }
        PrivateServers servers = new PrivateServers(dir, logs, runId);
        try {
            servers.startRedis();
            servers.startRabbit();
            return servers;
        } catch (RuntimeException e) {
            servers.close();
            throw e;
        }
    }

    int redisPort() {
        return redisPort;
    }

    int rabbitPort() {
        return rabbitPort;
    }

    /** Stops Redis (its keys are gone, as after a real restart without persistence) and starts it again. */
    void restartRedis() {
        stopRedis();
        startRedis();
    }

    /** Stops the RabbitMQ node and starts it again on the same data. */
    void restartRabbit() {
        stopRabbit();
        startRabbit();
    }

    private void startRedis() {
        redis = launch("redis", List.of("redis-server", "--port", String.valueOf(redisPort), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no"), Map.of());
        awaitPort("redis", redis, redisPort, null);
    }

    private void stopRedis() {
        stop(redis, "redis");
        awaitPortClosed("redis", redisPort);
    }

    /** Starts the RabbitMQ node (again) and waits until it accepts AMQP connections. */
    void startRabbit() {
        Map<String, String> env = Map.of(
                "RABBITMQ_NODENAME", node,
                "RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1",
                "RABBITMQ_NODE_PORT", String.valueOf(rabbitPort),
                "RABBITMQ_DIST_PORT", String.valueOf(rabbitDistPort),
                "RABBITMQ_CONFIG_FILE", dir.resolve("rabbitmq.conf").toString(),
                "RABBITMQ_ENABLED_PLUGINS_FILE", dir.resolve("enabled_plugins").toString(),
                "RABBITMQ_MNESIA_BASE", dir.resolve("mnesia").toString(),
                "RABBITMQ_LOG_BASE", dir.resolve("log").toString());
        rabbit = launch("rabbitmq", List.of("rabbitmq-server"), env);
        awaitPort("rabbitmq", rabbit, rabbitPort, this::amqpAnswers);
    }

    /** Stops the RabbitMQ node and waits until its port is closed. */
    void stopRabbit() {
        runQuietly(List.of("rabbitmqctl", "-n", node, "stop"));
        stop(rabbit, "rabbitmq");
        awaitPortClosed("rabbitmq", rabbitPort);
    }

    private Process launch(String name, List<String> command, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("RABBITMQ_"));
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command.getFirst()
                    + " (scripts/lib.sh ensure_servers installs it): " + e.getMessage(), e);
        }
    }

    private String amqpAnswers() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("localhost");
        factory.setPort(rabbitPort);
        factory.setConnectionTimeout(2000);
        try (var connection = factory.newConnection("parley-system-tests-probe")) {
            return null;
        } catch (Exception e) {
            return e.toString();
        }
    }

    private void awaitPort(String name, Process process, int port, java.util.function.Supplier<String> ready) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        String last = "not tried";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive() && process.exitValue() != 0) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see "
                        + logs.resolve(name + ".log"));
            }
            last = portOpen(port) ? (ready == null ? null : ready.get()) : "port " + port + " closed";
            if (last == null) {
                System.out.printf("fleet: private %s ready on port %d%n", name, port);
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " did not start within " + START_TIMEOUT.toSeconds() + " s: " + last
                + "; see " + logs.resolve(name + ".log"));
    }

    private static void awaitPortClosed(String name, int port) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (portOpen(port)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " still listens on " + port + " after being stopped");
            }
            sleep(100);
        }
    }

    private static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(Process process, String name) {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                System.out.printf("fleet: private %s did not stop in time, killing it%n", name);
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void runQuietly(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("rabbitmq.log").toFile()))
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            System.out.println("fleet: " + String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stops both servers and deletes their data. */
    @Override
    public void close() {
        if (rabbit != null) {
            stopRabbitQuietly();
        }
        if (redis != null) {
            stop(redis, "redis");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.out.println("fleet: cannot delete " + dir + ": " + e.getMessage());
        }
    }

    private void stopRabbitQuietly() {
        try {
            stopRabbit();
        } catch (RuntimeException e) {
            System.out.println("fleet: stopping the private RabbitMQ: " + e.getMessage());
        }
    }
}
