package io.dealstream.eventstore.privacy;

import io.dealstream.events.lead.PersonalDataErased;
import io.dealstream.events.delivery.DerivedLeads;
import io.dealstream.eventstore.EventStoreTx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * How a service follows a {@link PersonalDataErased}: its events already read "[erased]" (the keys are
 * gone), so re-projecting every stream that holds the subjects' data replaces the clear copies its
 * projections kept. A stream holds a subject's data when it belongs to one of the subject's opportunities,
 * or, for a referral, when the referred lead is the subject.
 */
public final class ErasureFollower {

    private ErasureFollower() {
    }

    /** Re-projects, with {@code refresh}, each stream of this store that holds data of the erased subjects. */
    public static Uni<Void> follow(EventStoreTx tx, PersonalDataErased erased,
            BiFunction<EventStoreTx, UUID, Uni<Void>> refresh) {
        // this instance may hold the erased keys in its cache: the re-projection must ask the vault
        tx.vault().forget(erased.subjects());
        return affectedStreams(tx, erased.subjects()).chain(streams -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (UUID stream : streams) {
                chain = chain.chain(() -> refresh.apply(tx, stream));
            }
            return chain;
        });
    }

    public static Uni<List<UUID>> affectedStreams(EventStoreTx tx, List<UUID> subjects) {
        UUID[] ids = subjects.toArray(UUID[]::new);
        Set<UUID> streams = new LinkedHashSet<>();
        return tx.connection().preparedQuery("SELECT DISTINCT stream_id FROM eventstore.events"
                        + " WHERE opportunity_id = ANY($1) OR stream_id = ANY($1)")
                .execute(Tuple.of((Object) ids))
                .chain(rows -> {
                    for (Row row : rows) {
                        streams.add(row.getUUID("stream_id"));
                    }
                    return tx.connection().preparedQuery("SELECT stream_id, event_id FROM eventstore.events"
                            + " WHERE event_type = 'ReferralReceived'").execute();
                })
                .map(rows -> {
                    Set<UUID> wanted = Set.copyOf(subjects);
                    for (Row row : rows) {
                        if (wanted.contains(DerivedLeads.fromReferral(row.getUUID("event_id")))) {
                            streams.add(row.getUUID("stream_id"));
                        }
                    }
                    return new ArrayList<>(streams);
                });
    }
}
