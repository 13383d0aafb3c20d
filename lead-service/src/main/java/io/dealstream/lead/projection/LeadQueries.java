package io.dealstream.lead.projection;

import io.dealstream.lead.api.DuplicateCandidate;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads of the lead-service read model. */
public final class LeadQueries {

    private LeadQueries() {
    }

    /** One lead with its follow-up log. */
    public static Uni<Optional<LeadView>> byId(SqlClient client, UUID id) {
        Uni<Optional<LeadView>> lead = client.preparedQuery("SELECT * FROM leads WHERE lead_id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(LeadView.of(rows.iterator().next())));
        Uni<List<LeadView.FollowUpEntry>> log = client.preparedQuery("SELECT * FROM lead_follow_ups WHERE lead_id = $1"
                        + " ORDER BY stream_version").execute(Tuple.of(id))
                .map(rows -> {
                    List<LeadView.FollowUpEntry> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new LeadView.FollowUpEntry(LeadView.instant(r, "at"), r.getString("kind"),
                            r.getString("via"), r.getString("notes"), r.getString("outcome"),
                            LeadView.instant(r, "next_follow_up_at"))));
                    return out;
                });
        return Uni.combine().all().unis(lead, log).asTuple()
                .map(t -> t.getItem1().map(v -> v.withFollowUpLog(t.getItem2())));
    }

    /** A filtered page of leads; {@code order} is a fixed, safe ORDER BY clause. */
    public static Uni<Page<LeadView>> list(SqlClient client, LeadFilter filter, String order, int page, int size) {
        LeadFilter.Sql sql = filter.toSql();
        Tuple args = Tuple.from(sql.args());
        Tuple pageArgs = Tuple.from(sql.args()).addValue(size).addValue((long) page * size);
        int n = sql.args().size();
        Uni<Long> total = client.preparedQuery("SELECT count(*) AS n FROM leads" + sql.where()).execute(args)
                .map(rows -> rows.iterator().next().getLong("n"));
        Uni<List<LeadView>> items = client.preparedQuery("SELECT * FROM leads" + sql.where() + " ORDER BY " + order
                        + " LIMIT $" + (n + 1) + " OFFSET $" + (n + 2))
                .execute(pageArgs)
                .map(rows -> {
                    List<LeadView> out = new ArrayList<>();
                    rows.forEach(r -> out.add(LeadView.of(r)));
                    return out;
                });
        return Uni.combine().all().unis(items, total).asTuple()
                .map(t -> new Page<>(t.getItem1(), page, size, t.getItem2()));
    }

    /** The customer tier list: per tier, how many open leads, and how many of them are overdue. */
    public static Uni<List<TierCount>> tiers(SqlClient client) {
        return client.query("SELECT t.tier, count(l.lead_id) AS n, count(l.lead_id) FILTER (WHERE l.overdue) AS overdue"
                        + " FROM (VALUES ('HIGH', 1), ('MEDIUM', 2), ('LOW', 3)) AS t(tier, ord)"
                        + " LEFT JOIN leads l ON l.tier = t.tier AND l.status NOT IN ('DISQUALIFIED', 'MERGED')"
                        + " GROUP BY t.tier, t.ord ORDER BY t.ord")
                .execute()
                .map(rows -> {
                    List<TierCount> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new TierCount(r.getString("tier"), r.getLong("n"), r.getLong("overdue"))));
                    return out;
                });
    }

    /** A tier of the customer tier list. */
    public record TierCount(String tier, long count, long overdue) {
    }

    /**
     * Open leads and accounts that look like the same customer: same normalised company name, same
     * contact e-mail, or same phone number.
     */
    public static Uni<List<DuplicateCandidate>> duplicates(SqlClient client, String customerName, String email,
            String phone, UUID excludeLead) {
        String key = Names.companyKey(customerName);
        String phoneKey = Names.phoneKey(phone);
        String lowerEmail = email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
        String sql = "SELECT 'LEAD' AS kind, lead_id AS id, customer_name AS name,"
                + " CASE WHEN customer_key = $1 THEN 'customerName' WHEN lower(contact_email) = $2 THEN 'email'"
                + " ELSE 'phone' END AS matched FROM leads"
                + " WHERE status NOT IN ('DISQUALIFIED', 'MERGED') AND lead_id <> $4"
                + " AND (customer_key = $1 OR lower(contact_email) = $2 OR contact_phone = $3)"
                + " UNION ALL SELECT DISTINCT 'ACCOUNT', a.account_id, a.name,"
                + " CASE WHEN a.name_key = $1 THEN 'customerName' WHEN lower(c.email) = $2 THEN 'email' ELSE 'phone' END"
                + " FROM accounts a LEFT JOIN account_contacts c ON c.account_id = a.account_id"
                + " WHERE a.name_key = $1 OR lower(c.email) = $2 OR c.phone = $3"
                + " LIMIT 20";
        return client.preparedQuery(sql)
                .execute(Tuple.from(Arrays.asList(key, lowerEmail, phoneKey, excludeLead)))
                .map(rows -> {
                    Map<UUID, DuplicateCandidate> unique = new LinkedHashMap<>();
                    for (Row r : rows) {
                        unique.putIfAbsent(r.getUUID("id"), new DuplicateCandidate(r.getString("kind"), r.getUUID("id"),
                                r.getString("name"), r.getString("matched")));
                    }
                    return new ArrayList<>(unique.values());
                });
    }
}
