package io.dealstream.pipeline.projection;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.deal.ContractSigned;
import io.dealstream.events.deal.DealLost;
import io.dealstream.events.deal.NegotiationOpened;
import io.dealstream.events.deal.NegotiationRoundHeld;
import io.dealstream.events.delivery.CallbackCompleted;
import io.dealstream.events.delivery.CallbackOverdue;
import io.dealstream.events.delivery.MaintenanceLogged;
import io.dealstream.events.delivery.MaintenanceOverdue;
import io.dealstream.events.delivery.ProgressReported;
import io.dealstream.events.delivery.SatisfactionSurveyed;
import io.dealstream.events.deal.DealLinkExpired;
import io.dealstream.events.delivery.DeliveryLinkExpired;
import io.dealstream.events.proposal.ProposalLinkExpired;
import io.dealstream.events.delivery.ProgressReportOverdue;
import io.dealstream.events.delivery.SurveyOverdue;
import io.dealstream.events.lead.FollowUpLogged;
import io.dealstream.events.lead.FollowUpOverdue;
import io.dealstream.events.lead.LeadCaptured;
import io.dealstream.events.lead.LeadDisqualified;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.events.lead.LeadReactivated;
import io.dealstream.events.needs.DeepTalkArranged;
import io.dealstream.events.needs.DeepTalkOverdue;
import io.dealstream.events.needs.NeedsLinkExpired;
import io.dealstream.events.needs.NeedsLinkRevoked;
import io.dealstream.events.needs.NeedsLinkSent;
import io.dealstream.events.needs.NeedsLinkUsed;
import io.dealstream.events.needs.DiscoveryMeetingHeld;
import io.dealstream.events.needs.NeedsResearchOpened;
import io.dealstream.events.proposal.ObjectionAnswered;
import io.dealstream.events.proposal.ObjectionRaised;
import io.dealstream.events.proposal.ObjectionResponseOverdue;
import io.dealstream.events.proposal.ProposalDrafted;
import io.dealstream.events.proposal.ProposalRejected;
import io.dealstream.events.proposal.ProposalRevised;
import io.dealstream.eventstore.messaging.IncomingEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Folds the events of all five services into where each opportunity stands (stage, value, next deadline,
 * overdue) and into timestamped stage entries and outcomes, from which the funnel is computed as of any
 * date. Stages in order: LEAD, NEEDS, PROPOSAL, NEGOTIATION, DELIVERY.
 */
public final class PipelineProjection {

    public static final List<String> STAGES = List.of("LEAD", "NEEDS", "PROPOSAL", "NEGOTIATION", "DELIVERY");

    /** The after-sales deadlines a row names once missed (delivery-service's deadline kinds). */
    static final String PROGRESS_REPORT = "PROGRESS_REPORT";
    static final String CALLBACK = "CALLBACK_3D";
    static final String SURVEY = "SURVEY_1M";
    static final String MAINTENANCE = "MAINTENANCE";
    private static final int DELIVERY_RANK = 4;

    /**
     * Whether a deadline of rank $5 applies: not over a later stage's, except that a lost opportunity's only clock is
     * the lead's reactivation (rank 0), which lead-service opens after the loss; a late event of a stage between
     * stays out (the topics are not ordered together).
     */
    private static final String APPLIES = "(deadline_rank <= $5 OR (outcome = 'LOST' AND $5 = 0))";

    private PipelineProjection() {
    }

    public static Uni<Void> apply(SqlConnection conn, IncomingEvent in) {
        DomainEvent e = in.event();
        UUID id = in.opportunityId();
        OffsetDateTime at = utc(in.time() != null ? in.time() : Instant.now());
        if (e instanceof LeadCaptured c) {
            return conn.preparedQuery("INSERT INTO opportunities (opportunity_id, customer_name, scenario, owner, stage,"
                            + " created_at, updated_at) VALUES ($1,$2,$3,$4,'LEAD',$5,$5) ON CONFLICT (opportunity_id) DO UPDATE"
                            + " SET customer_name = EXCLUDED.customer_name, scenario = EXCLUDED.scenario, owner = EXCLUDED.owner,"
                            + " created_at = least(opportunities.created_at, EXCLUDED.created_at)")
                    .execute(Tuple.from(Arrays.asList(id, c.customerName(), c.scenario().name(), c.owner(), at)))
                    .chain(() -> enter(conn, id, "LEAD", 1, at));
        }
        if (e instanceof LeadQualified q) {
            // a HIGH grade of a later cycle: the reopened opportunity is back at the lead stage of its new cycle
            Uni<Void> cycle = q.cycleNumber() > 1 ? move(conn, id, "LEAD", q.cycleNumber(), at) : Uni.createFrom().voidItem();
            return cycle.chain(() -> deadline(conn, id, at, q.nextStepDueAt(), q.tier().name() + "_FOLLOW_UP", 0));
        }
        if (e instanceof FollowUpLogged f) {
            return deadline(conn, id, at, f.nextFollowUpAt(), f.nextFollowUpAt() == null ? null : "FOLLOW_UP", 0);
        }
        if (e instanceof io.dealstream.events.lead.ScenarioChanged s) {
            return update(conn, id, at, "scenario = $3", List.of(s.scenario().name()));
        }
        if (e instanceof LeadReactivated) {
            // the opportunity is active again; the loss stays the outcome of the cycle that was lost
            return update(conn, id, at, "outcome = NULL", List.of());
        }
        if (e instanceof NeedsResearchOpened o) {
            return move(conn, id, "NEEDS", o.cycleNumber(), at)
                    .chain(() -> deadline(conn, id, at, o.deepTalkDueAt(), "DEEP_TALK_24H", 1));
        }
        if (e instanceof NeedsLinkSent l) {
            // the customer's confirmation through the link is awaited until it expires
            return deadline(conn, id, at, l.expiresAt(), "CUSTOMER_LINK", 1);
        }
        if (e instanceof NeedsLinkUsed || e instanceof NeedsLinkRevoked) {
            return deadline(conn, id, at, null, null, 1);
        }
        if (e instanceof DiscoveryMeetingHeld || e instanceof DeepTalkArranged) {
            // needs-service's 24 h rule is met (arranged or held): nothing is due at this stage for now
            return deadline(conn, id, at, null, null, 1);
        }
        if (e instanceof ProposalDrafted d) {
            Uni<Void> moved = move(conn, id, "PROPOSAL", d.cycleNumber(), at);
            return d.sections().quote() == null ? moved
                    : moved.chain(() -> value(conn, id, at, d.sections().quote().total(), d.sections().quote().currency(), 2));
        }
        if (e instanceof ProposalRevised r && r.sections() != null && r.sections().quote() != null) {
            return value(conn, id, at, r.sections().quote().total(), r.sections().quote().currency(), 2);
        }
        if (e instanceof ObjectionRaised o) {
            return deadline(conn, id, at, o.responseDueAt(), "OBJECTION_ANSWER_24H", 2);
        }
        if (e instanceof ObjectionAnswered) {
            return deadline(conn, id, at, null, null, 2);
        }
        if (e instanceof NegotiationOpened n) {
            return move(conn, id, "NEGOTIATION", n.cycleNumber(), at)
                    .chain(() -> value(conn, id, at, n.proposalQuote().total(), n.proposalQuote().currency(), 3));
        }
        if (e instanceof NegotiationRoundHeld r) {
            return value(conn, id, at, r.proposedTerms().price().amount(), r.proposedTerms().price().currency(), 3);
        }
        if (e instanceof ContractSigned s) {
            return move(conn, id, "DELIVERY", s.cycleNumber(), at)
                    .chain(() -> value(conn, id, at, s.contractValue().amount(), s.contractValue().currency(), 4))
                    .chain(() -> outcome(conn, id, "WON", "NEGOTIATION", at));
        }
        if (e instanceof DealLost) {
            return outcome(conn, id, "LOST", "NEGOTIATION", at);
        }
        if (e instanceof ProposalRejected) {
            return outcome(conn, id, "LOST", "PROPOSAL", at);
        }
        if (e instanceof LeadDisqualified) {
            return outcome(conn, id, "LOST", "LEAD", at);
        }
        // after-sales: the missed deadline is named until the act that meets it (the next report, the callback...)
        if (e instanceof ProgressReportOverdue o) {
            return missed(conn, id, at, o.dueAt(), PROGRESS_REPORT);
        }
        if (e instanceof CallbackOverdue o) {
            return missed(conn, id, at, o.dueAt(), CALLBACK);
        }
        if (e instanceof SurveyOverdue o) {
            return missed(conn, id, at, o.dueAt(), SURVEY);
        }
        if (e instanceof MaintenanceOverdue o) {
            return missed(conn, id, at, o.dueAt(), MAINTENANCE);
        }
        if (e instanceof ProgressReported) {
            return met(conn, id, at, PROGRESS_REPORT);
        }
        if (e instanceof CallbackCompleted) {
            return met(conn, id, at, CALLBACK);
        }
        if (e instanceof SatisfactionSurveyed) {
            return met(conn, id, at, SURVEY);
        }
        if (e instanceof MaintenanceLogged) {
            return met(conn, id, at, MAINTENANCE);
        }
        if (e instanceof FollowUpOverdue || e instanceof DeepTalkOverdue || e instanceof NeedsLinkExpired
                || e instanceof ObjectionResponseOverdue
                || e instanceof DeliveryLinkExpired || e instanceof DealLinkExpired
                || e instanceof ProposalLinkExpired) {
            return update(conn, id, at, "overdue = true", List.of());
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * Within a cycle a later stage wins and an opportunity never moves back in the funnel; a later cycle (a
     * reopened opportunity) starts over at its stage, without the last cycle's outcome, value and deadline; an
     * event of an earlier cycle moves nothing.
     */
    private static Uni<Void> move(SqlConnection conn, UUID id, String stage, int cycle, OffsetDateTime at) {
        return update(conn, id, at, "stage = CASE WHEN $5 > cycle THEN $4 WHEN $5 = cycle"
                        + " AND array_position($3::text[], stage) < array_position($3::text[], $4) THEN $4 ELSE stage END,"
                        + " outcome = CASE WHEN $5 > cycle THEN NULL ELSE outcome END,"
                        + " value_rank = CASE WHEN $5 > cycle THEN -1 ELSE value_rank END,"
                        + " deadline_rank = CASE WHEN $5 > cycle THEN -1 ELSE deadline_rank END,"
                        + " overdue = CASE WHEN $5 > cycle THEN false ELSE overdue END,"
                        + " cycle = greatest(cycle, $5)", List.of(STAGES.toArray(new String[0]), stage, cycle))
                .chain(() -> enter(conn, id, stage, cycle, at));
    }

    private static Uni<Void> enter(SqlConnection conn, UUID id, String stage, int cycle, OffsetDateTime at) {
        return conn.preparedQuery("INSERT INTO stage_entries (opportunity_id, cycle, stage, entered_at)"
                + " VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING").execute(Tuple.of(id, cycle, stage, at)).replaceWithVoid();
    }

    private static Uni<Void> outcome(SqlConnection conn, UUID id, String outcome, String stage, OffsetDateTime at) {
        // the outcome of the opportunity's current cycle
        return update(conn, id, at, "outcome = outcome", List.of())
                .chain(() -> conn.preparedQuery("INSERT INTO outcomes (opportunity_id, cycle, outcome, stage, decided_at)"
                        + " SELECT $1, cycle, $2, $3, $4 FROM opportunities WHERE opportunity_id = $1"
                        + " ON CONFLICT (opportunity_id, cycle) DO UPDATE SET outcome = EXCLUDED.outcome,"
                        + " stage = EXCLUDED.stage, decided_at = EXCLUDED.decided_at")
                .execute(Tuple.of(id, outcome, stage, at)))
                .chain(() -> update(conn, id, at, "outcome = $3, next_deadline_at = NULL, next_deadline_kind = NULL,"
                        + " overdue = false", List.of(outcome)));
    }

    /** A value from stage rank {@code rank} (PROPOSAL 2 .. DELIVERY 4) never overrides a later stage's. */
    private static Uni<Void> value(SqlConnection conn, UUID id, OffsetDateTime at, BigDecimal amount, String currency,
            int rank) {
        return update(conn, id, at, "value = CASE WHEN value_rank <= $5 THEN $3 ELSE value END,"
                + " currency = CASE WHEN value_rank <= $5 THEN $4 ELSE currency END,"
                + " value_rank = greatest(value_rank, $5)", List.of(amount, currency, rank));
    }

    /** A deadline from stage rank {@code rank} (LEAD 0 .. ) never overrides a later stage's. */
    private static Uni<Void> deadline(SqlConnection conn, UUID id, OffsetDateTime at, Instant due, String kind, int rank) {
        return deadline(conn, id, at, due, kind, rank, false);
    }

    /** A delivery deadline was missed: the row names it and its due time, overdue, unless a later stage's is set. */
    private static Uni<Void> missed(SqlConnection conn, UUID id, OffsetDateTime at, Instant due, String kind) {
        return deadline(conn, id, at, due, kind, DELIVERY_RANK, true);
    }

    private static Uni<Void> deadline(SqlConnection conn, UUID id, OffsetDateTime at, Instant due, String kind, int rank,
            boolean overdue) {
        return update(conn, id, at, "next_deadline_at = CASE WHEN " + APPLIES + " THEN $3 ELSE next_deadline_at END,"
                        + " next_deadline_kind = CASE WHEN " + APPLIES + " THEN $4 ELSE next_deadline_kind END,"
                        + " overdue = CASE WHEN " + APPLIES + " THEN $6 ELSE overdue END,"
                        + " deadline_rank = greatest(deadline_rank, $5)",
                Arrays.asList(due == null ? null : utc(due), kind, rank, overdue));
    }

    /** The act that meets a missed deadline of this kind clears it (a missed one of another kind stays). */
    private static Uni<Void> met(SqlConnection conn, UUID id, OffsetDateTime at, String kind) {
        return update(conn, id, at, "overdue = CASE WHEN next_deadline_kind = $3 THEN false ELSE overdue END,"
                + " next_deadline_at = CASE WHEN next_deadline_kind = $3 THEN NULL ELSE next_deadline_at END,"
                + " next_deadline_kind = CASE WHEN next_deadline_kind = $3 THEN NULL ELSE next_deadline_kind END",
                List.of(kind));
    }

    /**
     * Sets columns of one opportunity: $1 is its id, $2 the event time, {@code args} follow from $3. A row
     * is created first if the opportunity's capture has not arrived yet (topics are not ordered together).
     */
    private static Uni<Void> update(SqlConnection conn, UUID id, OffsetDateTime at, String set, List<Object> args) {
        Tuple tuple = Tuple.of(id, at);
        args.forEach(tuple::addValue);
        return conn.preparedQuery("INSERT INTO opportunities (opportunity_id, stage, created_at, updated_at)"
                        + " VALUES ($1, 'LEAD', $2, $2) ON CONFLICT (opportunity_id) DO NOTHING")
                .execute(Tuple.of(id, at))
                .chain(() -> conn.preparedQuery("UPDATE opportunities SET " + set
                        + ", updated_at = greatest(updated_at, $2) WHERE opportunity_id = $1").execute(tuple))
                .replaceWithVoid();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
