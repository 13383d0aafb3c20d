package io.dealstream.localstack;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Stage;
import io.dealstream.eventstore.AppendResult;
import io.dealstream.eventstore.EventMetadata;
import io.dealstream.eventstore.EventStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appends events to another service's event store on the local stack, so they travel the real path:
 * outbox table, Debezium, Kafka. Lets a service's tests receive genuine upstream events before (or
 * without) running the upstream service.
 */
public final class StageEventWriter implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final EventStore store;

    public StageEventWriter(LocalStack stack, Stage stage) {
        stack.ensureService(stage);
        PgPool pool = PgPool.pool(vertx, PgConnectOptions.fromUri(stack.postgres().reactiveUrl(stage.id()))
                .setUser(LocalPostgres.USER).setPassword(LocalPostgres.PASSWORD), new PoolOptions().setMaxSize(2));
        store = new EventStore(pool, new EventCodec(), Clock.systemUTC(), stage, stack.openVault(vertx));
    }

    /** Appends to a stream at its current version. */
    public AppendResult append(UUID streamId, UUID opportunityId, List<? extends DomainEvent> events) {
        return append(streamId, opportunityId, events, null);
    }

    /** Appends to a stream at its current version, recording a W3C trace parent (null: none). */
    public AppendResult append(UUID streamId, UUID opportunityId, List<? extends DomainEvent> events,
            String traceParent) {
        Duration wait = Duration.ofSeconds(30);
        long version = store.currentVersion(streamId).await().atMost(wait);
        return store.inTransaction(traceParent, tx -> tx.append(streamId, version,
                        new EventMetadata(opportunityId, UUID.randomUUID(), null, "test"), events))
                .await().atMost(wait);
    }

    /**
     * Opens new streams (each its own opportunity) in one transaction, so the outbox publishes them as one
     * burst and a consumer meets them as a backlog rather than one by one as they are written.
     */
    public void openAll(Map<UUID, List<? extends DomainEvent>> streams) {
        store.inTransaction(null, tx -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Map.Entry<UUID, List<? extends DomainEvent>> stream : streams.entrySet()) {
                chain = chain.chain(() -> tx.append(stream.getKey(), 0, new EventMetadata(stream.getKey(),
                        UUID.randomUUID(), null, "test"), stream.getValue())).replaceWithVoid();
            }
            return chain;
        }).await().atMost(Duration.ofSeconds(60));
    }

    public EventStore store() {
        return store;
    }

    @Override
    public void close() {
        vertx.closeAndAwait();
    }
}
