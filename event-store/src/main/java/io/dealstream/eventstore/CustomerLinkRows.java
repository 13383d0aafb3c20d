package io.dealstream.eventstore;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.CustomerLinkEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code customer_links} rows, written with the link events that change them (same transaction): the
 * customer's token names only the link, and this finds its stream; staff list a stream's links from it.
 */
public final class CustomerLinkRows {

    /** One link as the table holds it. */
    public record Row(UUID linkId, UUID streamId, UUID opportunityId, String act, String sentBy, Instant sentAt,
            Instant expiresAt, Instant openedAt, Instant usedAt, Instant revokedAt) {
    }

    private static final String COLUMNS = "link_id, stream_id, opportunity_id, act, sent_by, sent_at, expires_at,"
            + " opened_at, used_at, revoked_at";

    private CustomerLinkRows() {
    }

    static Uni<Void> record(SqlClient conn, UUID streamId, UUID opportunityId, List<? extends DomainEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DomainEvent event : events) {
            if (event instanceof CustomerLinkEvent link) {
                chain = chain.chain(() -> write(conn, streamId, opportunityId, link));
            }
        }
        return chain;
    }

    private static Uni<Void> write(SqlClient conn, UUID streamId, UUID opportunityId, CustomerLinkEvent event) {
        if (event instanceof CustomerLinkEvent.Sent s) {
            return conn.preparedQuery("INSERT INTO eventstore.customer_links (link_id, stream_id, opportunity_id, act,"
                            + " sent_by, sent_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                    .execute(Tuple.tuple(List.of(s.linkId(), streamId, opportunityId, s.act().name(), s.sentBy(),
                            at(s.sentAt()), at(s.expiresAt()))))
                    .replaceWithVoid();
        }
        if (event instanceof CustomerLinkEvent.Expired) {
            return Uni.createFrom().voidItem(); // expiry is a time the row has; the event is the overdue signal
        }
        String column = event instanceof CustomerLinkEvent.Opened ? "opened_at"
                : event instanceof CustomerLinkEvent.Used ? "used_at" : "revoked_at";
        Instant when = event instanceof CustomerLinkEvent.Opened o ? o.openedAt()
                : event instanceof CustomerLinkEvent.Used u ? u.usedAt() : ((CustomerLinkEvent.Revoked) event).revokedAt();
        return conn.preparedQuery("UPDATE eventstore.customer_links SET " + column + " = coalesce(" + column + ", $2)"
                        + " WHERE link_id = $1")
                .execute(Tuple.of(event.linkId(), at(when)))
                .replaceWithVoid();
    }

    /** The link a customer's token names, if this service sent it. */
    public static Uni<Optional<Row>> find(SqlClient client, UUID linkId) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM eventstore.customer_links WHERE link_id = $1")
                .execute(Tuple.of(linkId))
                .map(rows -> rows.size() == 0 ? Optional.<Row>empty() : Optional.of(row(rows.iterator().next())));
    }

    /** A stream's links, newest first. */
    public static Uni<List<Row>> ofStream(SqlClient client, UUID streamId) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM eventstore.customer_links WHERE stream_id = $1"
                        + " ORDER BY sent_at DESC")
                .execute(Tuple.of(streamId))
                .map(rows -> {
                    List<Row> out = new java.util.ArrayList<>();
                    rows.forEach(r -> out.add(row(r)));
                    return out;
                });
    }

    private static Row row(io.vertx.mutiny.sqlclient.Row r) {
        return new Row(r.getUUID("link_id"), r.getUUID("stream_id"), r.getUUID("opportunity_id"), r.getString("act"),
                r.getString("sent_by"), instant(r, "sent_at"), instant(r, "expires_at"), instant(r, "opened_at"),
                instant(r, "used_at"), instant(r, "revoked_at"));
    }

    private static Instant instant(io.vertx.mutiny.sqlclient.Row r, String column) {
        OffsetDateTime t = r.getOffsetDateTime(column);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
