package io.dealstream.deal.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dealstream.deal.domain.Deal;
import io.dealstream.events.EventCodec;
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

/** Reads of the deal read model. */
public final class DealQueries {

    private static final String SELECT = "SELECT opportunity_id, status, rounds, document::text AS document, version,"
            + " created_at, updated_at FROM deals";

    private DealQueries() {
    }

    public record DealView(UUID opportunityId, String status, int rounds, long version, Instant createdAt,
            Instant updatedAt, Deal deal) {
    }

    public static Uni<Optional<DealView>> byId(SqlClient client, UUID id) {
        return client.preparedQuery(SELECT + " WHERE opportunity_id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next())));
    }

    public static Uni<Paging.Page<DealView>> list(SqlClient client, String status, int page, int size) {
        return Paging.page(client, SELECT, "deals", new Paging.Filter().equal("status", status),
                "updated_at DESC, opportunity_id", page, size, DealQueries::view);
    }

    private static DealView view(Row r) {
        Deal deal;
        try {
            deal = EventCodec.mapper().readValue(r.getString("document"), Deal.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable deal " + r.getUUID("opportunity_id"), e);
        }
        return new DealView(r.getUUID("opportunity_id"), r.getString("status"), r.getInteger("rounds"),
                r.getLong("version"), r.getOffsetDateTime("created_at").toInstant(),
                r.getOffsetDateTime("updated_at").toInstant(), deal);
    }
}
