package io.dealstream.proposal.projection;

import io.dealstream.events.EventCodec;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.Projector;
import io.dealstream.eventstore.StoredEvent;
import io.dealstream.proposal.domain.Objection;
import io.dealstream.proposal.domain.Proposal;
import io.dealstream.proposal.domain.ProposalDecider;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the {@code proposals} row equal to the folded proposal and the {@code objections} rows equal to
 * its objections.
 */
public final class ProposalProjector implements Projector<Proposal> {

    public static final ProposalProjector INSTANCE = new ProposalProjector();
    private static final ProposalDecider FOLD = new ProposalDecider(Duration.ofHours(24));

    @Override
    public Uni<Void> project(EventStoreTx tx, Proposal proposal, List<StoredEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        StoredEvent last = events.get(events.size() - 1);
        return upsert(tx, last.envelope().streamId(), proposal, last);
    }

    /** Re-projects a stream from the store (after an erasure: its personal fields now read "[erased]"). */
    public static Uni<Void> refresh(EventStoreTx tx, UUID stream) {
        return tx.load(stream).chain(history -> history.isEmpty() ? Uni.createFrom().voidItem()
                : upsert(tx, stream, FOLD.fold(history), history.get(history.size() - 1)));
    }

    private static Uni<Void> upsert(EventStoreTx tx, UUID opportunity, Proposal p, StoredEvent last) {
        OffsetDateTime at = OffsetDateTime.ofInstant(last.envelope().occurredAt(), ZoneOffset.UTC);
        long open = p.objections().stream().filter(o -> o.outcome() == null).count();
        boolean overdue = p.objections().stream().anyMatch(o -> o.overdue() && !o.answered());
        Uni<Void> row = tx.connection().preparedQuery("INSERT INTO proposals (opportunity_id, proposal_id, customer_name,"
                        + " scenario, status, revision, open_objections, overdue, document, version, created_at, updated_at)"
                        + " VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9::text::jsonb,$10,$11,$11)"
                        + " ON CONFLICT (opportunity_id) DO UPDATE SET status = EXCLUDED.status,"
                        + " revision = EXCLUDED.revision, open_objections = EXCLUDED.open_objections,"
                        + " overdue = EXCLUDED.overdue, document = EXCLUDED.document, version = EXCLUDED.version,"
                        + " updated_at = EXCLUDED.updated_at")
                .execute(Tuple.from(Arrays.asList(opportunity, p.proposalId(), p.customerName(),
                        p.scenario() == null ? null : p.scenario().name(), p.status().name(), p.revision(), (int) open,
                        overdue, EventCodec.mapper().valueToTree(p).toString(), last.envelope().streamVersion(), at)))
                .replaceWithVoid();
        if (p.objections().isEmpty()) {
            return row;
        }
        List<Tuple> objections = new ArrayList<>();
        for (Objection o : p.objections()) {
            objections.add(Tuple.from(Arrays.asList(o.objectionId(), opportunity, o.type().name(),
                    o.outcome() == null ? null : o.outcome().name(), o.answered(), o.overdue(), utc(o.raisedAt()),
                    utc(o.responseDueAt()), o.answeredAt() == null ? null : utc(o.answeredAt()))));
        }
        return row.chain(() -> tx.connection().preparedQuery("INSERT INTO objections (objection_id, opportunity_id, type,"
                        + " outcome, answered, overdue, raised_at, response_due_at, answered_at)"
                        + " VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (objection_id) DO UPDATE SET"
                        + " outcome = EXCLUDED.outcome, answered = EXCLUDED.answered, overdue = EXCLUDED.overdue,"
                        + " answered_at = EXCLUDED.answered_at")
                .executeBatch(objections).replaceWithVoid());
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
