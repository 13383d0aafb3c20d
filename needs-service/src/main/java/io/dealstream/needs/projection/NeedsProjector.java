package io.dealstream.needs.projection;

import io.dealstream.events.EventCodec;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.Projector;
import io.dealstream.eventstore.StoredEvent;
import io.dealstream.needs.domain.NeedsDecider;
import io.dealstream.needs.domain.NeedsResearch;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the {@code needs} row equal to the folded research (a report document is its state).
 */
public final class NeedsProjector implements Projector<NeedsResearch> {

    public static final NeedsProjector INSTANCE = new NeedsProjector();
    // folding uses evolve only, which does not depend on the configured duration
    private static final NeedsDecider FOLD = new NeedsDecider(Duration.ofHours(24));

    @Override
    public Uni<Void> project(EventStoreTx tx, NeedsResearch research, List<StoredEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return upsert(tx, research, events.get(events.size() - 1));
    }

    /** Re-projects a stream from the store (after an erasure: its personal fields now read "[erased]"). */
    public static Uni<Void> refresh(EventStoreTx tx, UUID stream) {
        return tx.load(stream).chain(history -> history.isEmpty() ? Uni.createFrom().voidItem()
                : upsert(tx, FOLD.fold(history), history.get(history.size() - 1)));
    }

    private static Uni<Void> upsert(EventStoreTx tx, NeedsResearch r, StoredEvent last) {
        OffsetDateTime at = OffsetDateTime.ofInstant(last.envelope().occurredAt(), ZoneOffset.UTC);
        String report = EventCodec.mapper().valueToTree(r).toString();
        return tx.connection().preparedQuery("INSERT INTO needs (opportunity_id, customer_name, scenario, status,"
                        + " deep_talk_due_at, overdue, meeting_held, listening_breach, report, version, created_at, updated_at)"
                        + " VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9::text::jsonb,$10,$11,$11)"
                        + " ON CONFLICT (opportunity_id) DO UPDATE SET status = EXCLUDED.status,"
                        + " overdue = EXCLUDED.overdue, meeting_held = EXCLUDED.meeting_held,"
                        + " listening_breach = EXCLUDED.listening_breach, report = EXCLUDED.report,"
                        + " version = EXCLUDED.version, updated_at = EXCLUDED.updated_at")
                .execute(Tuple.tuple(List.of(r.opportunityId(), r.customerName(), r.scenario().name(),
                        r.status().name(), OffsetDateTime.ofInstant(r.deepTalkDueAt(), ZoneOffset.UTC),
                        r.deepTalkOverdue() && !r.deepTalkArrangedOrHeld(), r.meetingHeld(),
                        r.meetingHeld() && r.meeting().listeningRuleBreached(), report,
                        last.envelope().streamVersion(), at)))
                .replaceWithVoid();
    }
}
