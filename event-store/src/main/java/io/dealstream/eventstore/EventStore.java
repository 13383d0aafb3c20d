package io.dealstream.eventstore;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Stage;
import io.dealstream.eventstore.messaging.ConsumerHealth;
import io.dealstream.eventstore.privacy.KeyVault;
import io.dealstream.eventstore.tracing.TraceParents;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The event store of one service, on the reactive PostgreSQL client (never blocking the event loop).
 * Work that must be atomic (events, projection rows, deadlines, inbox marks, idempotency records)
 * runs in {@link #inTransaction}.
 */
public class EventStore {

    private final Pool pool;
    private final EventCodec codec;
    private final Clock clock;
    private final Stage stage;
    private final KeyVault vault;
    private final Tracer tracer;
    private final ConsumerHealth consumerHealth = new ConsumerHealth();

    /** A store outside a traced service (tools, tests): appends record no trace parent of their own. */
    public EventStore(Pool pool, EventCodec codec, Clock clock, Stage stage, KeyVault vault) {
        this(pool, codec, clock, stage, vault, OpenTelemetry.noop().getTracer("io.dealstream.eventstore"));
    }

    public EventStore(Pool pool, EventCodec codec, Clock clock, Stage stage, KeyVault vault, Tracer tracer) {
        this.pool = pool;
        this.codec = codec;
        this.clock = clock;
        this.stage = stage;
        this.vault = vault;
        this.tracer = tracer;
    }

    /** The tracer consumers start their processing spans with. */
    public Tracer tracer() {
        return tracer;
    }

    /** The personal-data key vault the store seals and opens personal fields with. */
    /** The consumers of this service that are holding a partition while a dependency is down. */
    public ConsumerHealth consumerHealth() {
        return consumerHealth;
    }

    public KeyVault vault() {
        return vault;
    }

    public EventCodec codec() {
        return codec;
    }

    public Stage stage() {
        return stage;
    }

    public Clock clock() {
        return clock;
    }

    public Pool pool() {
        return pool;
    }

    /**
     * Runs {@code work} in one database transaction; a failed Uni rolls everything back. Events appended
     * in it record the span current now (the REST request's, say) as their trace parent.
     */
    public <T> Uni<T> inTransaction(Function<EventStoreTx, Uni<T>> work) {
        return inTransaction(TraceParents.current(), work);
    }

    /** As {@link #inTransaction(Function)}, the appended events recording the given trace parent. */
    public <T> Uni<T> inTransaction(String traceParent, Function<EventStoreTx, Uni<T>> work) {
        return pool.withTransaction(conn -> work.apply(new EventStoreTx(conn, codec, clock, stage, vault, traceParent)));
    }

    /** Appends in its own transaction. See {@link EventStoreTx#append}. */
    public Uni<AppendResult> append(UUID streamId, long expectedVersion, EventMetadata metadata,
            List<? extends DomainEvent> events) {
        return inTransaction(tx -> tx.append(streamId, expectedVersion, metadata, events));
    }

    /** The whole stream in order; empty when it does not exist. */
    public Uni<List<StoredEvent>> load(UUID streamId) {
        return load(pool, streamId);
    }

    Uni<List<StoredEvent>> load(SqlClient client, UUID streamId) {
        return client.preparedQuery(EventRows.SELECT + " WHERE stream_id = $1 ORDER BY stream_version")
                .execute(Tuple.of(streamId))
                .chain(rows -> EventRows.toStoredEvents(rows, codec, vault));
    }

    /** Every event of an opportunity in this service, across its streams, in commit order. */
    public Uni<List<StoredEvent>> loadOpportunity(UUID opportunityId) {
        return pool.preparedQuery(EventRows.SELECT + " WHERE opportunity_id = $1 ORDER BY global_position")
                .execute(Tuple.of(opportunityId))
                .chain(rows -> EventRows.toStoredEvents(rows, codec, vault));
    }

    /** A page of the whole store after a position, for projection rebuilds. */
    public Uni<List<StoredEvent>> readAll(long afterPosition, int limit) {
        return pool.preparedQuery(EventRows.SELECT + " WHERE global_position > $1 ORDER BY global_position LIMIT $2")
                .execute(Tuple.of(afterPosition, limit))
                .chain(rows -> EventRows.toStoredEvents(rows, codec, vault));
    }

    /** The current version of a stream, 0 when it does not exist. */
    public Uni<Long> currentVersion(UUID streamId) {
        return EventStoreTx.currentVersion(pool, streamId);
    }
}
