package io.dealstream.proposal.relationship;

import io.dealstream.events.delivery.AcceptanceSigned;
import io.dealstream.events.delivery.CallbackCompleted;
import io.dealstream.events.delivery.DeliveryIssue;
import io.dealstream.events.delivery.DeliveryOpened;
import io.dealstream.events.delivery.ProgressReported;
import io.dealstream.events.delivery.SatisfactionSurveyed;
import io.dealstream.eventstore.messaging.IncomingEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A repeat customer's history as delivery-service recorded it: each delivery and its acceptance, the survey,
 * the issues reported (open ones marked) and the adjustments asked for at the callback. A REPEAT_PURCHASE
 * proposal starts from it.
 */
public final class RelationshipHistory {

    public static final java.util.Set<String> TYPES = java.util.Set.of("DeliveryOpened", "AcceptanceSigned",
            "SatisfactionSurveyed", "ProgressReported", "CallbackCompleted");

    /** One entry of the history. */
    public record Entry(UUID opportunityId, Instant at, String kind, String summary, boolean openIssue) {
    }

    /** The history of a customer (its account, or its opportunity without one), oldest first. */
    public record History(UUID customerKey, List<Entry> entries, long openIssues) {
    }

    private RelationshipHistory() {
    }

    public static Uni<Void> record(SqlConnection conn, IncomingEvent in) {
        UUID opportunity = in.opportunityId();
        Instant at = in.time() != null ? in.time() : Instant.now();
        if (in.event() instanceof DeliveryOpened o) {
            UUID customer = o.accountId() != null ? o.accountId() : opportunity;
            return conn.preparedQuery("INSERT INTO delivered_opportunities (opportunity_id, customer_key, customer_name)"
                            + " VALUES ($1,$2,$3) ON CONFLICT (opportunity_id) DO NOTHING")
                    .execute(Tuple.of(opportunity, customer, o.customerName()))
                    .chain(() -> entry(conn, in, at, "DELIVERY", "delivery opened, contract " + o.contractId()
                            + ", due " + o.deliveryDate(), false));
        }
        if (in.event() instanceof AcceptanceSigned a) {
            return entry(conn, in, a.signedAt(), "ACCEPTANCE", "accepted (" + a.reportRef() + ")"
                    + (a.overrideReason() == null ? "" : " with open milestones: " + a.overrideReason()), false);
        }
        if (in.event() instanceof SatisfactionSurveyed s) {
            return entry(conn, in, at, "SURVEY", s.overall() + ": service " + s.serviceQuality() + ", effect "
                    + s.solutionEffect() + ", speed " + s.responseSpeed() + ", teamwork " + s.teamwork()
                    + (s.suggestions() == null ? "" : "; suggests: " + s.suggestions()), false);
        }
        if (in.event() instanceof ProgressReported r && !r.issues().isEmpty()) {
            List<DeliveryIssue> open = r.issues().stream().filter(i -> i.resolution() == null).toList();
            return entry(conn, in, at, "ISSUES", r.issues().stream().map(i -> i.description()
                    + (i.resolution() == null ? " (open)" : " (" + i.resolution() + ")"))
                    .collect(Collectors.joining("; ")), !open.isEmpty());
        }
        if (in.event() instanceof CallbackCompleted c && !c.adjustmentsRequested().isEmpty()) {
            return entry(conn, in, c.at(), "ADJUSTMENTS", "asked at the callback: "
                    + String.join("; ", c.adjustmentsRequested()), true);
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> entry(SqlConnection conn, IncomingEvent in, Instant at, String kind, String summary,
            boolean openIssue) {
        return conn.preparedQuery("INSERT INTO relationship_history (event_id, customer_key, opportunity_id, at, kind,"
                        + " summary, open_issue) SELECT $1, customer_key, $2, $3, $4, $5, $6 FROM delivered_opportunities"
                        + " WHERE opportunity_id = $2 ON CONFLICT (event_id) DO NOTHING")
                .execute(Tuple.tuple(List.of(in.eventId(), in.opportunityId(),
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC), kind, summary, openIssue)))
                .replaceWithVoid();
    }

    public static Uni<History> of(SqlClient client, UUID customerKey) {
        return client.preparedQuery("SELECT * FROM relationship_history WHERE customer_key = $1 ORDER BY at, event_id")
                .execute(Tuple.of(customerKey)).map(rows -> {
                    List<Entry> entries = new ArrayList<>();
                    rows.forEach(r -> entries.add(new Entry(r.getUUID("opportunity_id"),
                            r.getOffsetDateTime("at").toInstant(), r.getString("kind"), r.getString("summary"),
                            r.getBoolean("open_issue"))));
                    return new History(customerKey, entries, entries.stream().filter(Entry::openIssue).count());
                });
    }
}
