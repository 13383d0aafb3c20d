package io.dealstream.needs.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dealstream.events.EventCodec;
import io.dealstream.needs.domain.NeedsResearch;
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

    /** One page of a list, with the total for paging controls. */
    public record Page(List<NeedsView> items, int page, int size, long total) {
    }

    public static Uni<Optional<NeedsView>> byId(SqlClient client, UUID id) {
        return client.preparedQuery(SELECT + " WHERE opportunity_id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next())));
    }

    public static Uni<Page> list(SqlClient client, String status, Boolean overdue, int page, int size) {
        List<Object> args = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (status != null) {
            args.add(status);
            where.add("status = $" + args.size());
        }
        if (overdue != null) {
            args.add(overdue);
            where.add("overdue = $" + args.size());
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Uni<Long> total = client.preparedQuery("SELECT count(*) AS n FROM needs" + condition)
                .execute(Tuple.from(args)).map(rows -> rows.iterator().next().getLong("n"));
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        Uni<List<NeedsView>> items = client.preparedQuery(SELECT + condition + " ORDER BY deep_talk_due_at, opportunity_id"
                        + " LIMIT $" + (args.size() + 1) + " OFFSET $" + (args.size() + 2))
                .execute(Tuple.from(pageArgs))
                .map(rows -> {
                    List<NeedsView> out = new ArrayList<>();
                    rows.forEach(r -> out.add(view(r)));
                    return out;
                });
        return Uni.combine().all().unis(items, total).asTuple().map(t -> new Page(t.getItem1(), page, size, t.getItem2()));
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
