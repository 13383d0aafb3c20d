package io.dealstream.delivery.projection;

import io.dealstream.delivery.application.DeliveryConfig;
import io.dealstream.delivery.domain.Delivery;
import io.dealstream.delivery.domain.DeliveryDecider;
import io.dealstream.events.EventCodec;
import io.dealstream.events.delivery.AcceptanceSigned;
import io.dealstream.events.delivery.CallbackCompleted;
import io.dealstream.events.delivery.DeliveryOpened;
import io.dealstream.events.delivery.DeliveryPlanned;
import io.dealstream.events.delivery.ProgressReportOverdue;
import io.dealstream.events.delivery.ProgressReported;
import io.dealstream.events.delivery.ReferralReceived;
import io.dealstream.events.delivery.SatisfactionSurveyed;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.Projector;
import io.dealstream.eventstore.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the delivery row, the survey, referral and community lists equal to the folded delivery, and
 * runs the stage-6 deadlines: a progress report per week while delivering, then callback and survey.
 */
public final class DeliveryProjector implements Projector<Delivery> {

    private final DeliveryDecider fold;
    private final DeliveryConfig config;

    public DeliveryProjector(DeliveryConfig config) {
        this.config = config;
        this.fold = new DeliveryDecider(config.rules());
    }

    @Override
    public Uni<Void> project(EventStoreTx tx, Delivery d, List<StoredEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        StoredEvent last = events.get(events.size() - 1);
        return upsert(tx, last.envelope().streamId(), d, last).chain(() -> deadlines(tx, d, events));
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

    private Uni<Void> deadlines(EventStoreTx tx, Delivery d, List<StoredEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (StoredEvent e : events) {
            UUID stream = e.envelope().streamId();
            Object event = e.event();
            if (event instanceof DeliveryPlanned p && p.plannedAt() != null && p.plannedAt().equals(d.planStartedAt())) {
                // the first plan starts the weekly calendar (a re-plan keeps it)
                chain = chain.chain(() -> progress(tx, stream, d, 1));
            } else if (event instanceof ProgressReported r) {
                chain = chain.chain(() -> tx.meetDeadline(stream, DeliveryDecider.PROGRESS_REPORT,
                                Integer.toString(r.week())))
                        .chain(() -> progress(tx, stream, d, r.week() + 1));
            } else if (event instanceof ProgressReportOverdue o) {
                chain = chain.chain(() -> progress(tx, stream, d, o.week() + 1));
            } else if (event instanceof AcceptanceSigned a) {
                Instant survey = a.signedAt().atOffset(ZoneOffset.UTC).plus(config.surveyAfter()).toInstant();
                chain = chain.chain(() -> tx.cancelAllDeadlines(stream))
                        .chain(() -> tx.scheduleDeadline(Deadline.of(stream, stream, DeliveryDecider.CALLBACK,
                                a.signedAt().plus(config.callbackWithin()))))
                        .chain(() -> tx.scheduleDeadline(Deadline.of(stream, stream, DeliveryDecider.SURVEY, survey)));
                // the contract's maintenance schedule runs from the acceptance
                for (var c : d.maintenanceCommitments()) {
                    chain = chain.chain(() -> maintenance(tx, stream, c.kind(), a.signedAt(), c.everyMonths()));
                }
            } else if (event instanceof io.dealstream.events.delivery.MaintenanceLogged m) {
                chain = chain.chain(() -> tx.meetDeadline(stream, DeliveryDecider.MAINTENANCE, m.kind().name())
                        .replaceWithVoid()).chain(() -> d.everyMonths(m.kind()).map(months ->
                                maintenance(tx, stream, m.kind(), m.at(), months)).orElse(Uni.createFrom().voidItem()));
            } else if (event instanceof io.dealstream.events.delivery.MaintenanceOverdue o) {
                chain = chain.chain(() -> tx.scheduleDeadline(Deadline.of(stream, stream, DeliveryDecider.MAINTENANCE,
                        o.kind().name(), o.nextDueAt())));
            } else if (event instanceof CallbackCompleted) {
                chain = chain.chain(() -> tx.meetDeadline(stream, DeliveryDecider.CALLBACK, "").replaceWithVoid());
            } else if (event instanceof SatisfactionSurveyed) {
                chain = chain.chain(() -> tx.meetDeadline(stream, DeliveryDecider.SURVEY, "").replaceWithVoid());
            }
        }
        return chain;
    }

    private Uni<Void> maintenance(EventStoreTx tx, UUID stream, io.dealstream.events.common.MaintenanceKind kind,
            Instant from, int everyMonths) {
        return tx.scheduleDeadline(Deadline.of(stream, stream, DeliveryDecider.MAINTENANCE, kind.name(),
                from.atOffset(ZoneOffset.UTC).plusMonths(everyMonths).toInstant()));
    }

    /** The report of plan week {@code week} is due at that week's end. */
    private Uni<Void> progress(EventStoreTx tx, UUID stream, Delivery d, int week) {
        return tx.scheduleDeadline(Deadline.of(stream, stream, DeliveryDecider.PROGRESS_REPORT, Integer.toString(week),
                fold.weekDueAt(d, week)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
