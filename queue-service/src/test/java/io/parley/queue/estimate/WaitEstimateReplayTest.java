package io.parley.queue.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Replays simulated days of one department and reports how far the estimate given on arrival was from the
 * real wait (mean absolute error), beside a naive "one minute per person ahead" estimate. The report goes to
 * standard output and to target/wait-estimate-replay.txt.
 */
class WaitEstimateReplayTest {
    private static final long[] SEEDS = {1, 2, 3, 4, 5};

    @Test
    void estimatesOnArrivalAreCloseToTheRealWaitOverSimulatedDays() throws IOException {
        List<String> report = new ArrayList<>();
        report.add("day  customers  waited  mean wait s  MAE s  naive MAE s  no estimate");
        double errorSum = 0;
        double naiveSum = 0;
        double waitSum = 0;
        int waitedCount = 0;
        for (long seed : SEEDS) {
            List<SimulatedDay.Outcome> day = SimulatedDay.replay(seed);
            List<SimulatedDay.Outcome> waited = day.stream().filter(o -> !o.servedAtOnce()).toList();
            double error = 0;
            double naive = 0;
            double wait = 0;
            long unknown = waited.stream().filter(o -> o.estimate() == null).count();
            for (SimulatedDay.Outcome o : waited) {
                double estimate = o.estimate() == null ? 0 : o.estimate();
                error += Math.abs(estimate - o.waited());
                naive += Math.abs(60.0 * o.position() - o.waited());
                wait += o.waited();
            }
            report.add(String.format(Locale.ROOT, "%3d  %9d  %6d  %11.0f  %5.0f  %11.0f  %11d", seed, day.size(),
                    waited.size(), wait / waited.size(), error / waited.size(), naive / waited.size(), unknown));
            errorSum += error;
            naiveSum += naive;
            waitSum += wait;
            waitedCount += waited.size();
        }
        double mae = errorSum / waitedCount;
        double meanWait = waitSum / waitedCount;
        report.add(String.format(Locale.ROOT, "all  MAE %.0f s over %d customers who waited (mean wait %.0f s; naive MAE %.0f s)",
                mae, waitedCount, meanWait, naiveSum / waitedCount));
        report.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "wait-estimate-replay.txt"), report);

        assertThat(waitedCount).as("the simulated days must make people wait").isGreaterThan(100);
        assertThat(mae).as("mean absolute error vs mean wait").isLessThan(0.5 * meanWait);
        assertThat(mae).as("better than one minute per person").isLessThan(naiveSum / waitedCount);
    }
}
