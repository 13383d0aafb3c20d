package io.dealstream.eventstore;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.EventCodec;
import io.dealstream.events.EventEnvelope;
import io.dealstream.events.EventTypes;
import io.dealstream.events.Stage;
import io.dealstream.eventstore.privacy.KeyVault;
import io.dealstream.eventstore.privacy.ProtectedPayloads;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.function.Function;
import java.util.Optional;
import java.util.UUID;

/** The operations of one event-store transaction. Obtain it from {@link EventStore#inTransaction}. */
public final class EventStoreTx {

    private static final String UNIQUE_VIOLATION = "23505";

    private final SqlConnection conn;
    private final EventCodec codec;
    private final Clock clock;
    private final Stage stage;
    private final KeyVault vault;
    private final String traceParent;

    EventStoreTx(SqlConnection conn, EventCodec codec, Clock clock, Stage stage, KeyVault vault) {
        this(conn, codec, clock, stage, vault, null);
    }

    EventStoreTx(SqlConnection conn, EventCodec codec, Clock clock, Stage stage, KeyVault vault, String traceParent) {
        this.conn = conn;
        this.codec = codec;
        this.clock = clock;
        this.stage = stage;
        this.vault = vault;
        this.traceParent = traceParent;
    }

    /** The transaction's connection, for projection writes that must commit with the events. */
    public SqlConnection connection() {
        return conn;
    }

    public Clock clock() {
        return clock;
    }

    public KeyVault vault() {
        return vault;
    }

    public Uni<List<StoredEvent>> load(UUID streamId) {
        return conn.preparedQuery(EventRows.SELECT + " WHERE stream_id = $1 ORDER BY stream_version")
                .execute(Tuple.of(streamId))
                .chain(rows -> EventRows.toStoredEvents(rows, codec, vault));
    }

    /**
     * Appends events after {@code expectedVersion} (0 for a new stream). Fails with
     * {@link ConcurrencyConflict} when the stream is at another version, including when a concurrent
     * append takes the same version first (the unique constraint decides).
     */
    public Uni<AppendResult> append(UUID streamId, long expectedVersion, EventMetadata metadata,
            List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(new AppendResult(expectedVersion, List.of()));
        }
        return currentVersion(conn, streamId).chain(actual -> {
            if (actual != expectedVersion) {
                return Uni.createFrom().failure(new ConcurrencyConflict(streamId, expectedVersion, actual));
            }
            return insert(streamId, expectedVersion, metadata, events);
        });
    }

    /**
     * Appends events after {@code loadedVersion}, the version this transaction just loaded the stream at
     * ({@link CommandExecutor}): no second version query, the stream's unique (stream, version) key decides
     * a race with a concurrent writer, which fails with {@link ConcurrencyConflict} (actual version unknown,
     * so the command is retried on the fresh state).
     */
    Uni<AppendResult> appendAfterLoad(UUID streamId, long loadedVersion, EventMetadata metadata,
            List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(new AppendResult(loadedVersion, List.of()));
        }
        return insert(streamId, loadedVersion, metadata, events);
    }

    private Uni<AppendResult> insert(UUID streamId, long expectedVersion, EventMetadata metadata,
            List<? extends DomainEvent> events) {
        // microsecond precision: what PostgreSQL stores, so a reloaded envelope equals the appended one
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<EventEnvelope> envelopes = new ArrayList<>(events.size());
        List<Uni<String>> payloads = new ArrayList<>(events.size());
        // one data key per subject and append, fetched (or created) once
        Map<UUID, Uni<KeyVault.DataKey>> keys = new HashMap<>();
        Function<UUID, Uni<KeyVault.DataKey>> keyFor =
                subject -> keys.computeIfAbsent(subject, s -> vault.keyFor(s).memoize().indefinitely());
        long version = expectedVersion;
        for (DomainEvent event : events) {
            EventTypes.EventType type = EventTypes.of(event);
            if (stage == null) {
                throw new IllegalStateException("this service publishes no events");
            }
            if (type.stage() != stage) {
                throw new IllegalArgumentException(type.name() + " belongs to " + type.stage() + ", not " + stage);
            }
            // never store what cannot be read back: the payload must satisfy its own schema
            ObjectNode payload = codec.toJsonNode(event);
            List<String> violations = codec.validate(type, payload);
            if (!violations.isEmpty()) {
                throw new io.dealstream.events.InvalidEventPayload(type.name(), violations);
            }
            version++;
            EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type.name(), type.schemaVersion(), streamId,
                    version, metadata.opportunityId(), now, metadata.correlationId(), metadata.causationId(),
                    metadata.actor(), traceParent);
            envelopes.add(envelope);
            payloads.add(ProtectedPayloads.seal(keyFor, event, payload, envelope.eventId(),
                    envelope.opportunityId()));
        }
        return Uni.join().all(payloads).andFailFast()
                .chain(sealed -> insertRows(streamId, expectedVersion, envelopes, sealed, events));
    }

    private Uni<AppendResult> insertRows(UUID streamId, long expectedVersion, List<EventEnvelope> envelopes,
            List<String> payloads, List<? extends DomainEvent> events) {
        List<Tuple> tuples = new ArrayList<>(envelopes.size());
        long version = expectedVersion;
        for (int i = 0; i < envelopes.size(); i++) {
            EventEnvelope envelope = envelopes.get(i);
            EventTypes.EventType type = EventTypes.of(events.get(i));
            version = envelope.streamVersion();
            tuples.add(Tuple.tuple(List.of(envelope.eventId(), envelope.eventType(), envelope.schemaVersion(),
                    streamId, version, envelope.opportunityId(),
                    OffsetDateTime.ofInstant(envelope.occurredAt(), ZoneOffset.UTC), envelope.correlationId()))
                    .addValue(envelope.causationId())
                    .addValue(envelope.actor())
                    .addValue(type.cloudEventType())
                    .addValue(stage.cloudEventSource())
                    .addValue(envelope.traceParent())
                    .addValue(payloads.get(i)));
        }
        long newVersion = version;
        return conn.preparedQuery(EventRows.INSERT).executeBatch(tuples)
                .map(rows -> {
                    List<StoredEvent> stored = new ArrayList<>(events.size());
                    var batch = rows;
                    for (int i = 0; i < envelopes.size(); i++) {
                        long position = batch.iterator().next().getLong("global_position");
                        stored.add(new StoredEvent(position, envelopes.get(i), events.get(i)));
                        batch = batch.next();
                    }
                    return new AppendResult(newVersion, stored);
                })
                .onFailure(EventStoreTx::isStreamVersionTaken)
                .transform(e -> new ConcurrencyConflict(streamId, expectedVersion, -1))
                .call(result -> CustomerLinkRows.record(conn, streamId, envelopes.get(0).opportunityId(), events));
    }

    private static boolean isStreamVersionTaken(Throwable e) {
        return e instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())
                && "events_stream_version_uk".equals(pg.getConstraint());
    }

    /** The current version of a stream in this transaction, 0 when it does not exist. */
    public Uni<Long> currentVersion(UUID streamId) {
        return currentVersion(conn, streamId);
    }

    static Uni<Long> currentVersion(SqlClient client, UUID streamId) {
        return client.preparedQuery("SELECT coalesce(max(stream_version), 0) AS v FROM eventstore.events"
                        + " WHERE stream_id = $1")
                .execute(Tuple.of(streamId))
                .map(rows -> rows.iterator().next().getLong("v"));
    }

    // ---- inbox ------------------------------------------------------------------------------

    /**
     * Records that an incoming event is processed. Returns false when it already was: the caller then
     * skips its effect. Call it in the same transaction as the effect.
     */
    public Uni<Boolean> markProcessed(UUID eventId, String eventType, String sourceTopic) {
        return conn.preparedQuery("INSERT INTO eventstore.inbox (event_id, event_type, source_topic, processed_at)"
                        + " VALUES ($1, $2, $3, $4) ON CONFLICT (event_id) DO NOTHING")
                .execute(Tuple.of(eventId, eventType, sourceTopic, now()))
                .map(rows -> rows.rowCount() == 1);
    }

    // ---- deadlines --------------------------------------------------------------------------

    /** Applies a command's deadline changes to its stream, in order (see {@link DeadlineRules}). */
    public Uni<Void> applyDeadlines(UUID streamId, UUID opportunityId, List<DeadlineChange> changes) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DeadlineChange change : changes) {
            chain = chain.chain(() -> apply(streamId, opportunityId, change));
        }
        return chain;
    }

    private Uni<Void> apply(UUID streamId, UUID opportunityId, DeadlineChange change) {
        if (change instanceof DeadlineChange.Open o) {
            return scheduleDeadline(Deadline.of(streamId, opportunityId, o.kind(), o.reference(), o.dueAt()));
        }
        if (change instanceof DeadlineChange.Meet m) {
            return meetDeadline(streamId, m.kind(), m.reference()).replaceWithVoid();
        }
        if (change instanceof DeadlineChange.MeetAll) {
            return meetAllDeadlines(streamId).replaceWithVoid();
        }
        return cancelAllDeadlines(streamId).replaceWithVoid(); // the one remaining kind: CancelAll
    }

    /** Opens a deadline; an open one of the same stream, kind and reference is replaced. */
    public Uni<Void> scheduleDeadline(Deadline deadline) {
        return closeDeadlines(deadline.streamId(), deadline.kind(), deadline.reference(), "CANCELLED")
                .chain(() -> conn.preparedQuery("INSERT INTO eventstore.deadlines (id, stream_id, opportunity_id,"
                                + " kind, reference, due_at, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, 'OPEN', $7)")
                        .execute(Tuple.tuple(List.of(deadline.id(), deadline.streamId(), deadline.opportunityId(),
                                deadline.kind(), deadline.reference(),
                                OffsetDateTime.ofInstant(deadline.dueAt(), ZoneOffset.UTC), now()))))
                .replaceWithVoid();
    }

    /** Marks the open deadline met (the awaited step happened in time or late). Returns how many. */
    public Uni<Integer> meetDeadline(UUID streamId, String kind, String reference) {
        return closeDeadlines(streamId, kind, reference, "MET");
    }

    /** Cancels the open deadline (the step is no longer awaited). Returns how many. */
    public Uni<Integer> cancelDeadline(UUID streamId, String kind, String reference) {
        return closeDeadlines(streamId, kind, reference, "CANCELLED");
    }

    /** Marks every open deadline of a stream met, e.g. when any follow-up is logged. */
    public Uni<Integer> meetAllDeadlines(UUID streamId) {
        return conn.preparedQuery("UPDATE eventstore.deadlines SET status = 'MET', closed_at = $2 WHERE id IN"
                        + " (SELECT id FROM eventstore.deadlines WHERE stream_id = $1 AND status = 'OPEN' FOR UPDATE SKIP LOCKED)")
                .execute(Tuple.of(streamId, now()))
                .map(rows -> rows.rowCount());
    }

    /** Cancels every open deadline of a stream, e.g. when a lead is disqualified. */
    public Uni<Integer> cancelAllDeadlines(UUID streamId) {
        return conn.preparedQuery("UPDATE eventstore.deadlines SET status = 'CANCELLED', closed_at = $2 WHERE id IN"
                        + " (SELECT id FROM eventstore.deadlines WHERE stream_id = $1 AND status = 'OPEN' FOR UPDATE SKIP LOCKED)")
                .execute(Tuple.of(streamId, now()))
                .map(rows -> rows.rowCount());
    }

    // Closing skips rows a deadline scheduler holds (SKIP LOCKED): a command never waits on a claim, which
    // would deadlock against the scheduler appending to the same stream. The scheduler's handler decides
    // against the stream's state, so a deadline met meanwhile fires without an overdue event.
    private Uni<Integer> closeDeadlines(UUID streamId, String kind, String reference, String status) {
        return conn.preparedQuery("UPDATE eventstore.deadlines SET status = $4, closed_at = $5 WHERE id IN"
                        + " (SELECT id FROM eventstore.deadlines WHERE stream_id = $1 AND kind = $2 AND reference = $3"
                        + " AND status = 'OPEN' FOR UPDATE SKIP LOCKED)")
                .execute(Tuple.of(streamId, kind, reference, status, now()))
                .map(rows -> rows.rowCount());
    }

    /**
     * Claims up to {@code limit} open deadlines due at {@code asOf}, marking them FIRED. Rows another
     * transaction holds are skipped ({@code FOR UPDATE SKIP LOCKED}), so concurrent schedulers never
     * claim the same deadline; the caller appends the overdue events in this same transaction.
     */
    public Uni<List<Deadline>> claimDueDeadlines(Instant asOf, int limit) {
        return conn.preparedQuery("UPDATE eventstore.deadlines d SET status = 'FIRED', closed_at = $2"
                        + " WHERE d.id IN (SELECT id FROM eventstore.deadlines WHERE status = 'OPEN' AND due_at <= $1"
                        + " ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED)"
                        + " RETURNING d.id, d.stream_id, d.opportunity_id, d.kind, d.reference, d.due_at")
                .execute(Tuple.of(OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC), now(), limit))
                .map(rows -> {
                    List<Deadline> claimed = new ArrayList<>();
                    for (Row row : rows) {
                        claimed.add(new Deadline(row.getUUID("id"), row.getUUID("stream_id"),
                                row.getUUID("opportunity_id"), row.getString("kind"), row.getString("reference"),
                                row.getOffsetDateTime("due_at").toInstant()));
                    }
                    return claimed;
                });
    }

    // ---- idempotency keys -------------------------------------------------------------------

    /** The stored answer of an earlier request with this key, if any. */
    public Uni<Optional<IdempotentResponse>> findIdempotentResponse(String key) {
        return IdempotentResponse.find(conn, key);
    }

    /**
     * Stores the answer of a command under its idempotency key, in the command's transaction. A
     * concurrent request with the same key makes this fail on the primary key, rolling its events back.
     */
    public Uni<Void> saveIdempotentResponse(String key, IdempotentResponse response) {
        return conn.preparedQuery("INSERT INTO eventstore.idempotency_keys (idempotency_key, request_hash, status,"
                        + " location, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.of(key, response.requestHash(), response.status(), response.location(),
                        response.body(), now()))
                .replaceWithVoid();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
