package io.dealstream.proposal.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dealstream.events.EventCodec;
import io.dealstream.proposal.domain.Proposal;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of the proposal read model. */
public final class ProposalQueries {

    private static final String SELECT = "SELECT opportunity_id, status, revision, open_objections, overdue,"
            + " document::text AS document, version, created_at, updated_at FROM proposals";

    private ProposalQueries() {
    }

    /** A proposal as listed and read: its stage flags and the whole proposal. */
    public record ProposalView(UUID opportunityId, String status, int revision, int openObjections, boolean overdue,
            long version, Instant createdAt, Instant updatedAt, Proposal proposal) {
    }

    public record Page(List<ProposalView> items, int page, int size, long total) {
    }

    /** Objections per type and outcome ("OPEN" when no outcome yet), with how many were answered late. */
    public record ObjectionStat(String type, String outcome, long count, long overdue) {
    }

    public static Uni<Optional<ProposalView>> byId(SqlClient client, UUID id) {
        return client.preparedQuery(SELECT + " WHERE opportunity_id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next())));
    }

    public static Uni<Page> list(SqlClient client, String status, Boolean openObjections, int page, int size) {
        List<Object> args = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (status != null) {
            args.add(status);
            where.add("status = $" + args.size());
        }
        if (openObjections != null) {
            where.add(openObjections ? "open_objections > 0" : "open_objections = 0");
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Uni<Long> total = client.preparedQuery("SELECT count(*) AS n FROM proposals" + condition)
                .execute(Tuple.from(args)).map(rows -> rows.iterator().next().getLong("n"));
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        Uni<List<ProposalView>> items = client.preparedQuery(SELECT + condition
                        + " ORDER BY updated_at DESC, opportunity_id LIMIT $" + (args.size() + 1) + " OFFSET $" + (args.size() + 2))
                .execute(Tuple.from(pageArgs))
                .map(rows -> {
                    List<ProposalView> out = new ArrayList<>();
                    rows.forEach(r -> out.add(view(r)));
                    return out;
                });
        return Uni.combine().all().unis(items, total).asTuple().map(t -> new Page(t.getItem1(), page, size, t.getItem2()));
    }

    public static Uni<List<ObjectionStat>> objectionStats(SqlClient client) {
        return client.query("SELECT type, coalesce(outcome, 'OPEN') AS outcome, count(*) AS n,"
                        + " count(*) FILTER (WHERE overdue) AS late FROM objections GROUP BY 1, 2 ORDER BY 1, 2")
                .execute()
                .map(rows -> {
                    List<ObjectionStat> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new ObjectionStat(r.getString("type"), r.getString("outcome"),
                            r.getLong("n"), r.getLong("late"))));
                    return out;
                });
    }

    private static ProposalView view(Row r) {
        Proposal proposal;
        try {
            proposal = EventCodec.mapper().readValue(r.getString("document"), Proposal.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable proposal " + r.getUUID("opportunity_id"), e);
        }
        return new ProposalView(r.getUUID("opportunity_id"), r.getString("status"), r.getInteger("revision"),
                r.getInteger("open_objections"), r.getBoolean("overdue"), r.getLong("version"),
                r.getOffsetDateTime("created_at").toInstant(), r.getOffsetDateTime("updated_at").toInstant(), proposal);
    }
}
