package io.parley.queue.estimate;

/**
 * Expected wait of a waiting conversation from its lane's state. A conversation at position {@code p} is
 * taken when {@code p} slots have opened: the {@code F} free ones at once, then one each time one of the
 * {@code C} slots of the agents who could take it finishes a chat, which happens {@code C / H} times per
 * second on average (H = mean handling time). Hence {@code ⌈(p − F) · H / C⌉}, 0 when {@code p ≤ F}, and no
 * estimate (null) when no agent who could take it is online.
 */
public final class WaitEstimator {

    /** Handling time assumed until a department has {@link #MIN_SAMPLES} finished chats. */
    public static final double DEFAULT_HANDLING_SECONDS = 300;

    /** Finished chats needed before their mean replaces the default. */
    public static final int MIN_SAMPLES = 5;

    /** How many of the most recent finished chats the mean handling time uses. */
    public static final int WINDOW = 50;

    private WaitEstimator() {}

    /**
     * @param position 1-based position in the lane
     * @param freeSlots free places of the ONLINE agents who could take it
     * @param totalCapacity total capacity of those agents
     * @param meanHandlingSeconds mean handling time of the department's recent chats
     * @return seconds, or null when {@code totalCapacity} is 0
     */
    public static Integer estimateSeconds(int position, int freeSlots, int totalCapacity, double meanHandlingSeconds) {
        if (position < 1) {
            throw new IllegalArgumentException("position must be 1 or more, was " + position);
        }
        if (totalCapacity <= 0) {
            return null;
        }
        int ahead = position - Math.max(0, freeSlots);
        if (ahead <= 0) {
            return 0;
        }
        return (int) Math.ceil(ahead * Math.max(0, meanHandlingSeconds) / totalCapacity);
    }

    /** The mean handling time for an estimate: the samples' mean, or the default with too few samples. */
    public static double meanHandlingSeconds(double sumSeconds, int samples) {
        return samples < MIN_SAMPLES ? DEFAULT_HANDLING_SECONDS : sumSeconds / samples;
    }

    /**
     * Whether a new estimate differs enough from the last one published to push it to the customer: at least
     * 15 seconds and 20 % apart, or one of them is unknown (null) and the other is not.
     */
    public static boolean worthPublishing(Integer last, Integer next) {
        if (last == null || next == null) {
            return last != next;
        }
        int delta = Math.abs(next - last);
        return delta >= 15 && delta >= 0.2 * Math.max(last, next);
    }
}
