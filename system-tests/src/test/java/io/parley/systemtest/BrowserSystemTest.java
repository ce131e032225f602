package io.parley.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.systemtest.fleet.Fleet;
import io.parley.systemtest.fleet.SystemTest;
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
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The browser tests of {@code e2e/} (Playwright in the system Chromium) against this run's fleet: the gateway
 * serves the built widget and dashboard, and {@code npx playwright test} drives customers and an agent through
 * them. Runs last, because its agent and conversations change the shared fleet's state. The output goes to
 * {@code target/fleet-logs/playwright.log}; screenshots and the HTML/JSON report to {@code e2e/test-output/}.
 */
@SystemTest
@Order(Integer.MAX_VALUE)
class BrowserSystemTest {
    /** The whole Playwright run; it takes about a minute. */
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(8);
    private static final int TAIL_LINES = 120;

    @Test
    void playwrightBrowserTestsPassAgainstTheFleet(Fleet fleet) throws IOException, InterruptedException {
        fleet.webApps().requireAll();
        Path root = fleet.webApps().root();
        Path e2e = root.resolve("e2e");
        Path playwright = root.resolve("node_modules").resolve("@playwright").resolve("test");
        if (!Files.isDirectory(playwright)) {
            throw new IllegalStateException("Playwright is not installed (" + playwright
                    + "); run npm ci && npm run build first (at " + root + ")");
        }
        Path chromium = Path.of(System.getenv().getOrDefault("PARLEY_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("no Chromium at " + chromium
                    + "; install it with apt-get install -y chromium (or set PARLEY_CHROMIUM)");
        }

        Path log = fleet.logs().resolve("playwright.log");
        ProcessBuilder builder = new ProcessBuilder(List.of("npx", "--no-install", "playwright", "test"))
                .directory(e2e.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("PARLEY_BASE_URL", fleet.gateway().toString());
        env.put("PARLEY_CHROMIUM", chromium.toString());
        env.put("FORCE_COLOR", "0");
        env.put("PLAYWRIGHT_HTML_OPEN", "never");
        System.out.printf("browser tests: npx playwright test in %s against %s (output in %s)%n",
                e2e, fleet.gateway(), log);

        Instant started = Instant.now();
        Process process = builder.start();
        boolean finished = process.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        long seconds = Duration.between(started, Instant.now()).toSeconds();
        String tail = tail(log, TAIL_LINES);
        System.out.printf("browser tests: finished in %d s; last lines of %s:%n%s%n", seconds, log, tail(log, 15));

        assertThat(finished)
                .as("npx playwright test did not finish within %s; last %d lines of %s:%n%s",
                        RUN_TIMEOUT, TAIL_LINES, log, tail)
                .isTrue();
        assertThat(process.exitValue())
                .as("exit code of npx playwright test (report: e2e/test-output/report/index.html); last %d lines of"
                        + " %s:%n%s", TAIL_LINES, log, tail)
                .isZero();
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
