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

    public static Uni<Optional<LeadView>> byId(SqlClient client, UUID id) {
        return client.preparedQuery("SELECT * FROM leads WHERE lead_id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(LeadView.of(rows.iterator().next())));
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
