package io.dealstream.lead.projection;

import io.dealstream.events.EventEnvelope;
import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.lead.AccountRegistered;
import io.dealstream.events.lead.FirstContactLogged;
import io.dealstream.events.lead.FollowUpLogged;
import io.dealstream.events.lead.FollowUpOverdue;
import io.dealstream.events.lead.LeadCaptured;
import io.dealstream.events.lead.LeadDisqualified;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.events.lead.LeadReactivated;
import io.dealstream.events.lead.LeadsMerged;
import io.dealstream.events.lead.NurtureMaterialSent;
import io.dealstream.eventstore.StoredEvent;
import io.dealstream.lead.domain.TierPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Writes the {@code leads} and {@code accounts} tables from lead-service events. */
public final class LeadReadModel {

    private LeadReadModel() {
    }

    public static Uni<Void> apply(SqlConnection conn, StoredEvent stored) {
        EventEnvelope env = stored.envelope();
        OffsetDateTime at = OffsetDateTime.ofInstant(env.occurredAt(), ZoneOffset.UTC);
        Object e = stored.event();
        if (e instanceof AccountRegistered a) {
            return registerAccount(conn, a, env.streamVersion(), at);
        }
        if (e instanceof LeadCaptured c) {
            Contact contact = c.contact();
            return conn.preparedQuery("INSERT INTO leads (lead_id, account_id, customer_name, customer_key, contact_name,"
                            + " contact_title, contact_email, contact_phone, channel, source_tag, need_summary, scenario,"
                            + " referred_by_account_id, industry, owner, status, version, created_at, updated_at,"
                            + " referred_by_opportunity_id)"
                            + " VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,'NEW',$16,$17,$17,$18)"
                            + " ON CONFLICT (lead_id) DO NOTHING")
                    .execute(Tuple.from(Arrays.asList(c.leadId(), c.accountId(), c.customerName(),
                            Names.companyKey(c.customerName()), contact.name(), Names.unlessErased(contact.title()),
                            Names.unlessErased(contact.email()), Names.phoneKey(Names.unlessErased(contact.phone())), c.channel().name(), c.sourceTag(), c.needSummary(),
                            c.scenario().name(), c.referredByAccountId(), c.industry(), c.owner(), env.streamVersion(), at,
                            c.referredByOpportunityId())))
                    .replaceWithVoid();
        }
        if (e instanceof FirstContactLogged f) {
            return update(conn, env, at, "status = 'CONTACTED'" + budgetSet(f.budgetRange()), budgetArgs(f.budgetRange()))
                    .chain(() -> logEntry(conn, env, OffsetDateTime.ofInstant(f.contactedAt(), ZoneOffset.UTC),
                            "FIRST_CONTACT", f.via().name(), f.summary(), null, null));
        }
        if (e instanceof LeadQualified q) {
            String status = switch (q.tier()) {
                case HIGH -> "QUALIFIED";
                case MEDIUM -> "NURTURING";
                case LOW -> "DEFERRED";
            };
            return update(conn, env, at, "status = '" + status + "', intent = $4, tier = $5, grade_reason = $6,"
                            + " overridden = $7, next_follow_up_at = $8, next_follow_up_kind = $9, overdue = false"
                            + budgetSet(q.budgetRange(), 10),
                    concat(List.of(q.intent().name(), q.tier().name(), q.reason(), q.overridden(),
                            OffsetDateTime.ofInstant(q.nextStepDueAt(), ZoneOffset.UTC),
                            TierPolicy.deadlineKind(q.tier()).name()), budgetArgs(q.budgetRange())));
        }
        if (e instanceof FollowUpLogged f) {
            Uni<Void> logged = logEntry(conn, env, at, "FOLLOW_UP", null, f.notes(), f.outcome().name(),
                    f.nextFollowUpAt() == null ? null : OffsetDateTime.ofInstant(f.nextFollowUpAt(), ZoneOffset.UTC));
            if (f.nextFollowUpAt() == null) {
                // a HIGH lead's next step and overdue flag follow needs-service's deep-conversation clock
                return logged.chain(() -> update(conn, env, at, "overdue = CASE WHEN tier = 'HIGH' THEN overdue ELSE false END,"
                        + " next_follow_up_at = CASE WHEN tier = 'HIGH' THEN next_follow_up_at END,"
                        + " next_follow_up_kind = CASE WHEN tier = 'HIGH' THEN next_follow_up_kind END", List.of()));
            }
            return logged.chain(() -> update(conn, env, at, "overdue = CASE WHEN tier = 'HIGH' THEN overdue ELSE false END,"
                            + " next_follow_up_at = $4, next_follow_up_kind = CASE tier"
                            + " WHEN 'HIGH' THEN 'DEEP_TALK_24H' WHEN 'LOW' THEN 'QUARTERLY_REACTIVATION'"
                            + " ELSE 'NURTURE_FOLLOW_UP_7D' END",
                    List.of(OffsetDateTime.ofInstant(f.nextFollowUpAt(), ZoneOffset.UTC))));
        }
        if (e instanceof io.dealstream.events.lead.ScenarioChanged s) {
            return update(conn, env, at, "scenario = $4", List.of(s.scenario().name()));
        }
        if (e instanceof FollowUpOverdue) {
            return update(conn, env, at, "overdue = true", List.of());
        }
        if (e instanceof NurtureMaterialSent) {
            return update(conn, env, at, "nurture_count = nurture_count + 1", List.of());
        }
        if (e instanceof LeadReactivated) {
            return update(conn, env, at, "status = 'CONTACTED', intent = NULL, tier = NULL, overridden = false,"
                    + " next_follow_up_at = NULL, next_follow_up_kind = NULL, overdue = false", List.of());
        }
        if (e instanceof LeadDisqualified) {
            return update(conn, env, at, "status = 'DISQUALIFIED', next_follow_up_at = NULL,"
                    + " next_follow_up_kind = NULL, overdue = false", List.of());
        }
        if (e instanceof LeadsMerged m) {
            if (m.mergedLeadId().equals(env.streamId())) {
                return update(conn, env, at, "status = 'MERGED', merged_into = $4, next_follow_up_at = NULL,"
                        + " next_follow_up_kind = NULL, overdue = false", List.of(m.survivorLeadId()));
            }
            return update(conn, env, at, "status = status", List.of());
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> logEntry(SqlConnection conn, EventEnvelope env, OffsetDateTime at, String kind, String via,
            String notes, String outcome, OffsetDateTime next) {
        return conn.preparedQuery("INSERT INTO lead_follow_ups (lead_id, stream_version, at, kind, via, notes, outcome,"
                        + " next_follow_up_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING")
                .execute(Tuple.from(Arrays.asList(env.streamId(), env.streamVersion(), at, kind, via, notes, outcome, next)))
                .replaceWithVoid();
    }

    private static Uni<Void> registerAccount(SqlConnection conn, AccountRegistered a, long version, OffsetDateTime at) {
        Uni<Void> insert = conn.preparedQuery("INSERT INTO accounts (account_id, name, name_key, industry, employees,"
                        + " annual_revenue, revenue_currency, version, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)"
                        + " ON CONFLICT (account_id) DO NOTHING")
                .execute(Tuple.from(Arrays.asList(a.accountId(), a.name(), Names.companyKey(a.name()), a.industry(),
                        a.employees(), a.annualRevenue() == null ? null : a.annualRevenue().amount(),
                        a.annualRevenue() == null ? null : a.annualRevenue().currency(), version, at)))
                .replaceWithVoid();
        if (a.contacts().isEmpty()) {
            return insert;
        }
        List<Tuple> contacts = new java.util.ArrayList<>();
        for (int i = 0; i < a.contacts().size(); i++) {
            Contact c = a.contacts().get(i);
            contacts.add(Tuple.from(Arrays.asList(a.accountId(), i, c.name(), Names.unlessErased(c.title()),
                    Names.phoneKey(Names.unlessErased(c.phone())), Names.unlessErased(c.email()))));
        }
        return insert.chain(() -> conn.preparedQuery("INSERT INTO account_contacts (account_id, position, name, title,"
                        + " phone, email) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING")
                .executeBatch(contacts).replaceWithVoid());
    }

    /** Sets columns of one lead; $1 is the lead, $2 the version, $3 the time, then {@code args}. */
    private static Uni<Void> update(SqlConnection conn, EventEnvelope env, OffsetDateTime at, String set,
            List<Object> args) {
        Tuple tuple = Tuple.of(env.streamId(), env.streamVersion(), at);
        args.forEach(tuple::addValue);
        return conn.preparedQuery("UPDATE leads SET " + set + ", version = $2, updated_at = $3 WHERE lead_id = $1")
                .execute(tuple).replaceWithVoid();
    }

    private static String budgetSet(BudgetRange budget) {
        return budgetSet(budget, 4);
    }

    private static String budgetSet(BudgetRange budget, int first) {
        if (budget == null) {
            return "";
        }
        return ", budget_min = $" + first + ", budget_max = $" + (first + 1) + ", budget_currency = $" + (first + 2);
    }

    private static List<Object> budgetArgs(BudgetRange budget) {
        return budget == null ? List.of() : Arrays.asList(budget.min(), budget.max(), budget.currency());
    }

    private static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
