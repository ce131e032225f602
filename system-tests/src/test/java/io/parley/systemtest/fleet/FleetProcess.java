package io.parley.systemtest.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service of the fleet running as its own OS process, its output in {@code <logs>/<name>.log}. */
final class FleetProcess {
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(500);

    private final String name;
    private final int port;
    private final ReadinessProbe probe;
    private final Path log;
    private final Process process;
    private final Instant started = Instant.now();

    private FleetProcess(String name, int port, ReadinessProbe probe, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.probe = probe;
        this.log = log;
        this.process = process;
    }

    static FleetProcess start(
            String name, int port, ReadinessProbe probe, List<String> command, Map<String, String> env, Path logs) {
        Path log = logs.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(logs.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("PARLEY_") || key.startsWith("SPRING_")
                || key.equals("SERVER_PORT"));
        environment.putAll(env);
        try {
            return new FleetProcess(name, port, probe, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + String.join(" ", command), e);
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    /** Waits until the probe says ready; fails with the tail of the log if the process dies or time runs out. */
    void awaitReady(Instant deadline) {
        String last = "not probed yet";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before it was ready" + logTail());
            }
            last = probe.check(port);
            if (last == null) {
                System.out.printf("fleet: %s ready on port %d after %d s%n",
                        name, port, Duration.between(started, Instant.now()).toSeconds());
                return;
            }
            try {
                Thread.sleep(PROBE_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " on port " + port + " was not ready within "
                + Duration.between(started, deadline).toSeconds() + " s (last probe: " + last + ")" + logTail());
    }

    /** Asks the process to stop (SIGTERM, graceful shutdown). */
    void requestStop() {
        process.destroy();
    }

    /** Waits for the stop until the deadline, then kills it. */
    void awaitStopped(Instant deadline) {
        try {
            long millis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                System.out.printf("fleet: %s did not stop in time, killing it%n", name);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    void kill() {
        process.destroyForcibly();
    }

    String logTail() {
        return "\n---- last 80 lines of " + log + " ----\n" + tail(80) + "---- end of " + name + " log ----";
    }

    private String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read the log: " + e.getMessage() + ")\n";
        }
    }
}
