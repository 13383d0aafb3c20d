package io.dealstream.delivery.projection;

import io.dealstream.delivery.application.DeliveryConfig;
import io.dealstream.delivery.domain.Delivery;
import io.dealstream.delivery.domain.DeliveryDecider;
import io.dealstream.events.EventCodec;
import io.dealstream.events.delivery.ProgressReported;
import io.dealstream.events.delivery.ReferralReceived;
import io.dealstream.events.delivery.SatisfactionSurveyed;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.Projector;
import io.dealstream.eventstore.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the delivery row, the survey, referral and community lists equal to the folded delivery.
 */
public final class DeliveryProjector implements Projector<Delivery> {

    private final DeliveryDecider fold;

    public DeliveryProjector(DeliveryConfig config) {
        this.fold = new DeliveryDecider(config.rules());
    }

    @Override
    public Uni<Void> project(EventStoreTx tx, Delivery d, List<StoredEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        StoredEvent last = events.get(events.size() - 1);
        return upsert(tx, last.envelope().streamId(), d, last);
    }

    /** Re-projects a stream from the store (after an erasure: its personal fields now read "[erased]"). */
    public Uni<Void> refresh(EventStoreTx tx, UUID stream) {
        return tx.load(stream).chain(history -> history.isEmpty() ? Uni.createFrom().voidItem()
                : upsert(tx, stream, fold.fold(history), history.get(history.size() - 1)));
    }

    private Uni<Void> upsert(EventStoreTx tx, UUID id, Delivery d, StoredEvent last) {
        OffsetDateTime at = utc(last.envelope().occurredAt());
        // overdue while the latest missed week has no later report, or a missed maintenance no later visit
        int lastReported = d.progress().stream().mapToInt(ProgressReported::week).max().orElse(0);
        boolean overdue = d.callbackOverdue() || d.surveyOverdue()
                || d.missedWeeks().stream().anyMatch(w -> w > lastReported)
                || d.missedMaintenance().stream().anyMatch(o -> d.maintenanceLog().stream()
                        .noneMatch(l -> l.kind() == o.kind() && l.at().isAfter(o.dueAt())));
        Uni<Void> chain = tx.connection().preparedQuery("INSERT INTO deliveries (opportunity_id, customer_name, scenario,"
                        + " status, overdue, document, version, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6::text::jsonb,$7,$8,$8)"
                        + " ON CONFLICT (opportunity_id) DO UPDATE SET status = EXCLUDED.status, overdue = EXCLUDED.overdue,"
                        + " document = EXCLUDED.document, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at")
                .execute(Tuple.from(Arrays.asList(id, d.customerName(), d.scenario().name(), d.status().name(), overdue,
                        EventCodec.mapper().valueToTree(d).toString(), last.envelope().streamVersion(), at)))
                .replaceWithVoid();
        SatisfactionSurveyed s = d.survey();
        if (s != null) {
            chain = chain.chain(() -> tx.connection().preparedQuery("INSERT INTO surveys (opportunity_id, customer_name,"
                            + " service_quality, solution_effect, response_speed, teamwork, overall, suggestions, surveyed_at)"
                            + " VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (opportunity_id) DO NOTHING")
                    .execute(Tuple.from(Arrays.asList(id, d.customerName(), s.serviceQuality(), s.solutionEffect(),
                            s.responseSpeed(), s.teamwork(), s.overall().name(), s.suggestions(), at)))
                    .replaceWithVoid());
        }
        if (!d.referrals().isEmpty()) {
            List<Tuple> rows = new ArrayList<>();
            for (int i = 0; i < d.referrals().size(); i++) {
                ReferralReceived r = d.referrals().get(i);
                rows.add(Tuple.from(Arrays.asList(id, i, d.customerName(), r.referrerAccountId(), r.referredCompany(),
                        r.contact().name(), r.contact().email(), r.contact().phone(), r.incentive())));
            }
            chain = chain.chain(() -> tx.connection().preparedQuery("INSERT INTO referrals (opportunity_id, position,"
                            + " referrer_name, referrer_key, referred_company, contact_name, contact_email, contact_phone,"
                            + " incentive) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (opportunity_id, position) DO UPDATE"
                            + " SET contact_name = EXCLUDED.contact_name, contact_email = EXCLUDED.contact_email,"
                            + " contact_phone = EXCLUDED.contact_phone")
                    .executeBatch(rows).replaceWithVoid());
        }
        if (!d.communities().isEmpty()) {
            List<Tuple> rows = d.communities().stream().map(c -> Tuple.of(id, c.community(), d.customerName(),
                    c.accountId())).toList();
            chain = chain.chain(() -> tx.connection().preparedQuery("INSERT INTO community_members (opportunity_id,"
                            + " community, customer_name, customer_key) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING")
                    .executeBatch(rows).replaceWithVoid());
        }
        return chain;
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
