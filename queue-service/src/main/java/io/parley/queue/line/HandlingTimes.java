package io.parley.queue.line;

import io.parley.queue.estimate.WaitEstimator;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Mean handling time (assigned → ended) of the last {@link WaitEstimator#WINDOW} conversations of a
 * department that ended after being assigned; {@link WaitEstimator#DEFAULT_HANDLING_SECONDS} until there are
 * {@link WaitEstimator#MIN_SAMPLES}.
 */
@Repository
public class HandlingTimes {
    private final JdbcClient jdbc;

    HandlingTimes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Mean seconds by lane (the null key is the no-department lane) for the given lanes. */
    public Map<String, Double> meanSeconds(Collection<String> lanes) {
        Map<String, Double> means = new HashMap<>();
        if (lanes.isEmpty()) {
            return means;
        }
        String[] keys = lanes.stream().map(d -> d == null ? "" : d).distinct().toArray(String[]::new);
        jdbc.sql("""
                        select k.lane, count(h.seconds) as samples, coalesce(sum(h.seconds), 0) as total
                        from unnest(?::text[]) as k(lane)
                        left join lateral (
                            select extract(epoch from e.ended_at - e.assigned_at) as seconds
                            from queue_entries e
                            where e.status = 'ENDED' and e.assigned_at is not null
                              and coalesce(e.department, '') = k.lane
                            order by e.ended_at desc
                            limit ?
                        ) h on true
                        group by k.lane
                        """)
                .params(keys, WaitEstimator.WINDOW)
                .query((rs, row) -> {
                    String lane = rs.getString("lane");
                    means.put(lane.isEmpty() ? null : lane,
                            WaitEstimator.meanHandlingSeconds(rs.getDouble("total"), rs.getInt("samples")));
                    return lane;
                })
                .list();
        return means;
    }
}
