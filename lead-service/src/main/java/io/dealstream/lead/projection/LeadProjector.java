package io.dealstream.lead.projection;

import io.dealstream.events.EventEnvelope;
import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.lead.FirstContactLogged;
import io.dealstream.events.lead.FollowUpLogged;
import io.dealstream.events.lead.LeadCaptured;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.Projector;
import io.dealstream.eventstore.StoredEvent;
import io.dealstream.lead.domain.Lead;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps the {@code leads} row equal to the folded lead (the captured facts are written once, at capture) and
 * appends each contact and follow-up to its log. A lead awaiting the deep conversation leaves its next step
 * to needs-service's clock ({@code DeepTalkFollower}), except what its own events set: the grade that starts
 * it, and a next date a follow-up names.
 */
public final class LeadProjector implements Projector<Lead> {

    public static final LeadProjector INSTANCE = new LeadProjector();

    @Override
    public Uni<Void> project(EventStoreTx tx, Lead lead, List<StoredEvent> events) {
        SqlConnection conn = tx.connection();
        Uni<Void> chain = Uni.createFrom().voidItem();
        boolean graded = false;
        boolean nextDateNamed = false;
        for (StoredEvent stored : events) {
            EventEnvelope env = stored.envelope();
            Object e = stored.event();
            if (e instanceof LeadCaptured c) {
                chain = chain.chain(() -> capture(conn, c, env));
            } else if (e instanceof FirstContactLogged f) {
                chain = chain.chain(() -> logEntry(conn, env, f.contactedAt(), "FIRST_CONTACT", f.via().name(),
                        f.summary(), null, null));
            } else if (e instanceof FollowUpLogged f) {
                nextDateNamed |= f.nextFollowUpAt() != null;
                chain = chain.chain(() -> logEntry(conn, env, env.occurredAt(), "FOLLOW_UP", null, f.notes(),
                        f.outcome().name(), f.nextFollowUpAt()));
            }
            graded |= e instanceof io.dealstream.events.lead.LeadQualified;
        }
        StoredEvent last = events.get(events.size() - 1);
        if (events.size() == 1 && last.event() instanceof LeadCaptured) {
            return chain; // the captured row is the state already
        }
        NextStepColumns next = !lead.awaitsDeepTalk() || graded ? NextStepColumns.ALL
                : nextDateNamed ? NextStepColumns.DATE : NextStepColumns.NONE;
        return chain.chain(() -> update(conn, lead, last.envelope(), next));
    }

    /** Which of the next-step columns this projection owns (see the class comment). */
    private enum NextStepColumns { ALL, DATE, NONE }

    private static Uni<Void> capture(SqlConnection conn, LeadCaptured c, EventEnvelope env) {
        Contact contact = c.contact();
        return conn.preparedQuery("INSERT INTO leads (lead_id, account_id, customer_name, customer_key, contact_name,"
                        + " contact_title, contact_email, contact_phone, channel, source_tag, need_summary, scenario,"
                        + " referred_by_account_id, industry, owner, status, version, created_at, updated_at,"
                        + " referred_by_opportunity_id)"
                        + " VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,'NEW',$16,$17,$17,$18)"
                        + " ON CONFLICT (lead_id) DO NOTHING")
                .execute(Tuple.from(Arrays.asList(c.leadId(), c.accountId(), c.customerName(),
                        Names.companyKey(c.customerName()), contact.name(), Names.unlessErased(contact.title()),
                        Names.unlessErased(contact.email()), Names.phoneKey(Names.unlessErased(contact.phone())),
                        c.channel().name(), c.sourceTag(), c.needSummary(), c.scenario().name(), c.referredByAccountId(),
                        c.industry(), c.owner(), env.streamVersion(), utc(env.occurredAt()), c.referredByOpportunityId())))
                .replaceWithVoid();
    }

    private static Uni<Void> update(SqlConnection conn, Lead lead, EventEnvelope env, NextStepColumns next) {
        BudgetRange budget = lead.budgetRange();
        List<Object> args = new ArrayList<>(Arrays.asList(lead.id(), env.streamVersion(), utc(env.occurredAt()),
                lead.status().name(), name(lead.intent()), name(lead.tier()), lead.grade().reason(), lead.overridden(),
                budget == null ? null : budget.min(), budget == null ? null : budget.max(),
                budget == null ? null : budget.currency(), lead.scenario().name(), lead.nurtureCount(),
                lead.mergedInto()));
        StringBuilder set = new StringBuilder("status = $4, intent = $5, tier = $6, grade_reason = $7, overridden = $8,"
                + " budget_min = $9, budget_max = $10, budget_currency = $11, scenario = $12, nurture_count = $13,"
                + " merged_into = $14");
        if (next != NextStepColumns.NONE) {
            Instant at = lead.nextFollowUpAt();
            set.append(", next_follow_up_at = $15, next_follow_up_kind = $16");
            args.add(at == null ? null : utc(at));
            args.add(at == null ? null : lead.followUpKind().name());
        }
        if (next == NextStepColumns.ALL) {
            set.append(", overdue = $17");
            args.add(lead.next().overdue());
        }
        return conn.preparedQuery("UPDATE leads SET " + set + ", version = $2, updated_at = $3 WHERE lead_id = $1")
                .execute(Tuple.from(args)).replaceWithVoid();
    }

    private static Uni<Void> logEntry(SqlConnection conn, EventEnvelope env, Instant at, String kind, String via,
            String notes, String outcome, Instant next) {
        return conn.preparedQuery("INSERT INTO lead_follow_ups (lead_id, stream_version, at, kind, via, notes, outcome,"
                        + " next_follow_up_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING")
                .execute(Tuple.from(Arrays.asList(env.streamId(), env.streamVersion(), utc(at), kind, via, notes, outcome,
                        next == null ? null : utc(next))))
                .replaceWithVoid();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
