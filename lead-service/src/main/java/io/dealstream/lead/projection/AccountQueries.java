package io.dealstream.lead.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of accounts. */
public final class AccountQueries {

    private AccountQueries() {
    }

    public static Uni<Optional<AccountView>> byId(SqlClient client, UUID id) {
        Uni<io.vertx.mutiny.sqlclient.RowSet<Row>> account = client.preparedQuery("SELECT * FROM accounts WHERE account_id = $1")
                .execute(Tuple.of(id));
        Uni<io.vertx.mutiny.sqlclient.RowSet<Row>> contacts = client.preparedQuery(
                "SELECT * FROM account_contacts WHERE account_id = $1 ORDER BY position").execute(Tuple.of(id));
        Uni<io.vertx.mutiny.sqlclient.RowSet<Row>> leads = client.preparedQuery("SELECT lead_id, status, tier, scenario,"
                + " channel, created_at FROM leads WHERE account_id = $1 OR referred_by_account_id = $1"
                + " ORDER BY created_at").execute(Tuple.of(id));
        return Uni.combine().all().unis(account, contacts, leads).asTuple().map(t -> {
            if (t.getItem1().size() == 0) {
                return Optional.empty();
            }
            Row a = t.getItem1().iterator().next();
            List<LeadView.ContactView> contactViews = new ArrayList<>();
            for (Row c : t.getItem2()) {
                contactViews.add(new LeadView.ContactView(c.getString("name"), c.getString("title"), c.getString("email"),
                        c.getString("phone")));
            }
            List<AccountView.LeadSummary> leadViews = new ArrayList<>();
            for (Row l : t.getItem3()) {
                leadViews.add(new AccountView.LeadSummary(l.getUUID("lead_id"), l.getString("status"), l.getString("tier"),
                        l.getString("scenario"), l.getString("channel"), l.getOffsetDateTime("created_at").toInstant()));
            }
            return Optional.of(new AccountView(a.getUUID("account_id"), a.getString("name"), a.getString("industry"),
                    a.getInteger("employees"), a.getBigDecimal("annual_revenue"), a.getString("revenue_currency"),
                    contactViews, leadViews, a.getOffsetDateTime("created_at").toInstant()));
        });
    }
}
