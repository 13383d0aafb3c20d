package io.dealstream.lead.projection;

import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.Projector;
import io.dealstream.eventstore.StoredEvent;
import io.dealstream.events.common.Contact;
import io.dealstream.lead.domain.Account;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Writes the {@code accounts} row and its {@code account_contacts} from the registered account. */
public final class AccountProjector implements Projector<Account> {

    public static final AccountProjector INSTANCE = new AccountProjector();

    @Override
    public Uni<Void> project(EventStoreTx tx, Account a, List<StoredEvent> events) {
        StoredEvent last = events.get(events.size() - 1);
        OffsetDateTime at = OffsetDateTime.ofInstant(last.envelope().occurredAt(), ZoneOffset.UTC);
        Uni<Void> insert = tx.connection().preparedQuery("INSERT INTO accounts (account_id, name, name_key, industry,"
                        + " employees, annual_revenue, revenue_currency, version, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)"
                        + " ON CONFLICT (account_id) DO NOTHING")
                .execute(Tuple.from(Arrays.asList(a.id(), a.name(), Names.companyKey(a.name()), a.industry(),
                        a.employees(), a.annualRevenue() == null ? null : a.annualRevenue().amount(),
                        a.annualRevenue() == null ? null : a.annualRevenue().currency(),
                        last.envelope().streamVersion(), at)))
                .replaceWithVoid();
        if (a.contacts().isEmpty()) {
            return insert;
        }
        List<Tuple> contacts = new ArrayList<>();
        for (int i = 0; i < a.contacts().size(); i++) {
            Contact c = a.contacts().get(i);
            contacts.add(Tuple.from(Arrays.asList(a.id(), i, c.name(), Names.unlessErased(c.title()),
                    Names.phoneKey(Names.unlessErased(c.phone())), Names.unlessErased(c.email()))));
        }
        return insert.chain(() -> tx.connection().preparedQuery("INSERT INTO account_contacts (account_id, position,"
                        + " name, title, phone, email) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING")
                .executeBatch(contacts).replaceWithVoid());
    }
}
