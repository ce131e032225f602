package io.parley.queue.line;

import io.parley.queue.rules.RuleSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The order of the line at one moment under one rule set (docs/architecture.md, "Routing rules"): requeued and
 * transferred-in conversations first, in the order they came back; then the higher effective priority; then
 * the earlier queue time; then the conversation id (as PostgreSQL orders uuids). Pure.
 */
public final class LineOrder {
    private LineOrder() {}

    /** Seconds it has waited: since it came back to the front, else since it was queued. */
    public static long waitedSeconds(Entry entry, Instant now) {
        Instant since = entry.frontSince() != null ? entry.frontSince() : entry.enqueuedAt();
        return Math.max(0, Duration.between(since, now).toSeconds());
    }

    /** Its own priority (0 = LOW .. 3 = URGENT), raised to {@code vipPriority} for a VIP customer. */
    public static int basePriority(Entry entry, RuleSet rules) {
        int own = entry.priority().ordinal();
        return entry.vip() && rules.vipPriority() != null ? Math.max(own, rules.vipPriority().ordinal()) : own;
    }

    /** Base priority plus one level per {@code aging.secondsPerLevel} waited (no upper bound; 0: no aging). */
    public static int effectivePriority(Entry entry, RuleSet rules, Instant now) {
        long perLevel = rules.aging() == null ? 0 : rules.aging().secondsPerLevel();
        long aged = perLevel <= 0 ? 0 : waitedSeconds(entry, now) / perLevel;
        return (int) Math.min(Integer.MAX_VALUE, basePriority(entry, rules) + aged);
    }

    /** The line order at {@code now}; also orders across lanes (who gets a shared agent first). */
    public static Comparator<Entry> comparator(RuleSet rules, Instant now) {
        return Comparator.comparing((Entry e) -> e.frontSince() == null)
                .thenComparing(Entry::frontSince, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                .thenComparing(e -> -effectivePriority(e, rules, now))
                .thenComparing(Entry::enqueuedAt)
                .thenComparing(e -> e.conversationId().toString());
    }

    /** Waiting entries in line order. */
    public static List<Entry> sorted(Collection<Entry> entries, RuleSet rules, Instant now) {
        List<Entry> waiting = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.status() == EntryStatus.WAITING) {
                waiting.add(entry);
            }
        }
        waiting.sort(comparator(rules, now));
        return waiting;
    }

    /**
     * Waiting entries lane by lane (the no-department lane, key null, first; then by department), each lane in
     * line order.
     */
    public static Map<String, List<Entry>> lanes(Collection<Entry> entries, RuleSet rules, Instant now) {
        Map<String, List<Entry>> lanes = new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
        for (Entry entry : sorted(entries, rules, now)) {
            lanes.computeIfAbsent(entry.department(), d -> new ArrayList<>()).add(entry);
        }
        return lanes;
    }
}
