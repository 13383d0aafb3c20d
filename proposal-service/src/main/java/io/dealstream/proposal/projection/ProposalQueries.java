package io.dealstream.proposal.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dealstream.events.EventCodec;
import io.dealstream.proposal.domain.Proposal;
import io.dealstream.eventstore.http.Paging;
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

    /** Objections per type and outcome ("OPEN" when no outcome yet), with how many were answered late. */
    public record ObjectionStat(String type, String outcome, long count, long overdue) {
    }

    public static Uni<Optional<ProposalView>> byId(SqlClient client, UUID id) {
        return client.preparedQuery(SELECT + " WHERE opportunity_id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next())));
    }

    public static Uni<Paging.Page<ProposalView>> list(SqlClient client, String status, Boolean openObjections, int page,
            int size) {
        Paging.Filter filter = new Paging.Filter().equal("status", status);
        if (openObjections != null) {
            filter.where(openObjections ? "open_objections > 0" : "open_objections = 0");
        }
        return Paging.page(client, SELECT, "proposals", filter, "updated_at DESC, opportunity_id", page, size,
                ProposalQueries::view);
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
