package io.dealstream.localstack;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Stage;
import io.dealstream.eventstore.AppendResult;
import io.dealstream.eventstore.EventMetadata;
import io.dealstream.eventstore.EventStore;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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

    public EventStore store() {
        return store;
    }

    @Override
    public void close() {
        vertx.closeAndAwait();
    }
}
