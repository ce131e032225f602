package io.parley.queue.estimate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A discrete-event replay of one department's day (08:00–18:00 in seconds since 08:00): customers arrive as a
 * Poisson process with a morning and an afternoon peak, agents work in three overlapping shifts of two chats
 * each, and chats last a log-normal time. First come, first served. At each arrival that has to wait, the
 * estimate is taken exactly as queue-service takes it (position, free slots, online capacity, mean of the last
 * {@link WaitEstimator#WINDOW} finished chats); the customer's real wait is recorded when a slot opens.
 */
final class SimulatedDay {
    static final int DAY_SECONDS = 10 * 3600;
    static final double MEAN_HANDLING_SECONDS = 360;
    private static final int SLOTS_PER_AGENT = 2;
    /** Shifts as {start hour, end hour, agents}; the last shift stays until the line is empty. */
    private static final int[][] SHIFTS = {{0, 4, 3}, {2, 8, 4}, {6, 10, 3}};

    /**
     * One customer: on arrival, the position and whether a slot was free; the estimate then (null: none could
     * be given); and the real wait.
     */
    record Outcome(double arrivedAt, int position, boolean servedAtOnce, Integer estimate, double waited) {}

    private record Event(double at, int kind, int index) {}

    private static final int ARRIVAL = 0;
    private static final int FINISH = 1;
    private static final int SHIFT_CHANGE = 2;

    private final Random random;
    private final PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> Double.compare(a.at, b.at));
    private final Deque<Integer> line = new ArrayDeque<>();
    private final List<Double> arrivals = new ArrayList<>();
    private final List<Integer> estimates = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private final List<Boolean> servedAtOnce = new ArrayList<>();
    private final double[] waits;
    private final Deque<Double> recentHandling = new ArrayDeque<>();
    private double recentSum;
    private int capacity;
    private int busy;

    private SimulatedDay(long seed) {
        this.random = new Random(seed);
        double t = 0;
        while ((t += nextArrivalGap(t)) < DAY_SECONDS) {
            arrivals.add(t);
        }
        this.waits = new double[arrivals.size()];
    }

    static List<Outcome> replay(long seed) {
        return new SimulatedDay(seed).run();
    }

    private List<Outcome> run() {
        for (int i = 0; i < arrivals.size(); i++) {
            events.add(new Event(arrivals.get(i), ARRIVAL, i));
        }
        for (int[] shift : SHIFTS) {
            events.add(new Event(shift[0] * 3600.0, SHIFT_CHANGE, shift[2] * SLOTS_PER_AGENT));
            if (shift[1] * 3600 < DAY_SECONDS) {
                events.add(new Event(shift[1] * 3600.0, SHIFT_CHANGE, -shift[2] * SLOTS_PER_AGENT));
            }
        }
        while (!events.isEmpty()) {
            Event e = events.poll();
            switch (e.kind) {
                case ARRIVAL -> arrive(e);
                case FINISH -> finish(e);
                default -> capacity += e.index;
            }
            startWhilePossible(e.at);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            outcomes.add(new Outcome(arrivals.get(i), positions.get(i), servedAtOnce.get(i), estimates.get(i), waits[i]));
        }
        return outcomes;
    }

    private void arrive(Event e) {
        line.addLast(e.index);
        int free = Math.max(0, capacity - busy);
        double mean = WaitEstimator.meanHandlingSeconds(recentSum, recentHandling.size());
        positions.add(line.size());
        servedAtOnce.add(line.size() <= free);
        estimates.add(WaitEstimator.estimateSeconds(line.size(), free, capacity, mean));
    }

    private void finish(Event e) {
        busy--;
        double handled = e.index / 1000.0;
        recentHandling.addLast(handled);
        recentSum += handled;
        if (recentHandling.size() > WaitEstimator.WINDOW) {
            recentSum -= recentHandling.removeFirst();
        }
    }

    private void startWhilePossible(double now) {
        while (!line.isEmpty() && busy < capacity) {
            int customer = line.removeFirst();
            waits[customer] = now - arrivals.get(customer);
            busy++;
            double handling = logNormal(MEAN_HANDLING_SECONDS, 0.6);
            events.add(new Event(now + handling, FINISH, (int) Math.round(handling * 1000)));
        }
    }

    /** Arrivals per second: quiet at the edges of the day, peaks at 10:30 and 15:00 that outrun the agents. */
    private double rate(double t) {
        double hours = t / 3600;
        double peaks = Math.exp(-Math.pow((hours - 2.5) / 1.0, 2)) + 0.9 * Math.exp(-Math.pow((hours - 7) / 1.2, 2));
        return (0.01 + 0.025 * peaks);
    }

    /** The gap to the next arrival at the current rate (the rate changes slowly against the gaps). */
    private double nextArrivalGap(double t) {
        return -Math.log(1 - random.nextDouble()) / rate(t);
    }

    private double logNormal(double mean, double sigma) {
        double mu = Math.log(mean) - sigma * sigma / 2;
        return Math.exp(mu + sigma * random.nextGaussian());
    }
}
