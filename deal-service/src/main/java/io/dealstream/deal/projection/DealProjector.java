package io.dealstream.deal.projection;

import io.dealstream.deal.domain.Deal;
import io.dealstream.deal.domain.DealDecider;
import io.dealstream.events.EventCodec;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.Projector;
import io.dealstream.eventstore.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Keeps the {@code deals} row equal to the folded deal. */
public final class DealProjector implements Projector<Deal> {

    public static final DealProjector INSTANCE = new DealProjector();
    private static final DealDecider FOLD = new DealDecider();

    @Override
    public Uni<Void> project(EventStoreTx tx, Deal deal, List<StoredEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        StoredEvent last = events.get(events.size() - 1);
        return upsert(tx, last.envelope().streamId(), deal, last);
    }

    /** Projects a stream from the store (also after an erasure: its personal fields then read "[erased]"). */
    public static Uni<Void> refresh(EventStoreTx tx, UUID stream) {
        return tx.load(stream).chain(history -> history.isEmpty() ? Uni.createFrom().voidItem()
                : upsert(tx, stream, FOLD.fold(history), history.get(history.size() - 1)));
    }

    private static Uni<Void> upsert(EventStoreTx tx, UUID stream, Deal d, StoredEvent last) {
        OffsetDateTime at = OffsetDateTime.ofInstant(last.envelope().occurredAt(), ZoneOffset.UTC);
        return tx.connection().preparedQuery("INSERT INTO deals (opportunity_id, customer_name, scenario, status,"
                        + " rounds, document, version, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6::text::jsonb,$7,$8,$8)"
                        + " ON CONFLICT (opportunity_id) DO UPDATE SET status = EXCLUDED.status, rounds = EXCLUDED.rounds,"
                        + " scenario = EXCLUDED.scenario,"
                        + " document = EXCLUDED.document, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at")
                .execute(Tuple.from(Arrays.asList(stream, d.customerName(), d.scenario().name(), d.status().name(),
                        d.rounds().size(), EventCodec.mapper().valueToTree(d).toString(),
                        last.envelope().streamVersion(), at)))
                .replaceWithVoid();
    }
}
