package io.dealstream.eventstore.quarkus;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gauges whose values come from a periodic SQL count (the read model is the truth; counters in
 * projections would double on a replay). A service registers its queries; {@link #refresh} runs them.
 */
public final class BusinessGauges {

    /** A gauge: its name, its tags column (may be null) and the query returning (tag, n) or (n). */
    public record Query(String name, String description, String tagKey, String sql) {
    }

    private final MeterRegistry registry;
    private final Pool pool;
    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    public BusinessGauges(MeterRegistry registry, Pool pool) {
        this.registry = registry;
        this.pool = pool;
    }

    public Uni<Void> refresh(Query query) {
        return pool.query(query.sql()).execute().invoke(rows -> rows.forEach(row -> {
            String tag = query.tagKey() == null ? null : row.getString(0);
            long n = row.getLong(query.tagKey() == null ? 0 : 1);
            gauge(query, tag).set(n);
        })).replaceWithVoid();
    }

    private AtomicLong gauge(Query query, String tag) {
        return values.computeIfAbsent(query.name() + "|" + tag, key -> {
            AtomicLong value = new AtomicLong();
            Tags tags = tag == null ? Tags.empty() : Tags.of(query.tagKey(), tag);
            Gauge.builder(query.name(), value, AtomicLong::get).description(query.description()).tags(tags)
                    .register(registry);
            return value;
        });
    }
}
