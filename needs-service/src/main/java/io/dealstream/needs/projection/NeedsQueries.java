package io.dealstream.needs.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dealstream.events.EventCodec;
import io.dealstream.needs.domain.NeedsResearch;
import io.dealstream.eventstore.http.Paging;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of the needs read model. */
public final class NeedsQueries {

    private static final String SELECT = "SELECT opportunity_id, customer_name, scenario, status, deep_talk_due_at,"
            + " overdue, meeting_held, listening_breach, report::text AS report, version, created_at, updated_at FROM needs";

    private NeedsQueries() {
    }

    public static Uni<Optional<NeedsView>> byId(SqlClient client, UUID id) {
        return client.preparedQuery(SELECT + " WHERE opportunity_id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next())));
    }

    public static Uni<Paging.Page<NeedsView>> list(SqlClient client, String status, Boolean overdue, int page, int size) {
        return Paging.page(client, SELECT, "needs", new Paging.Filter().equal("status", status).equal("overdue", overdue),
                "deep_talk_due_at, opportunity_id", page, size, NeedsQueries::view);
    }

    private static NeedsView view(Row r) {
        NeedsResearch report;
        try {
            report = EventCodec.mapper().readValue(r.getString("report"), NeedsResearch.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable needs report of " + r.getUUID("opportunity_id"), e);
        }
        return new NeedsView(r.getUUID("opportunity_id"), r.getString("customer_name"), r.getString("scenario"),
                r.getString("status"), r.getOffsetDateTime("deep_talk_due_at").toInstant(), r.getBoolean("overdue"),
                r.getBoolean("meeting_held"), r.getBoolean("listening_breach"), r.getLong("version"),
                r.getOffsetDateTime("created_at").toInstant(), r.getOffsetDateTime("updated_at").toInstant(), report);
    }
}
