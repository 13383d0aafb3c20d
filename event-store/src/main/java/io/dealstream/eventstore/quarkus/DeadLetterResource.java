package io.dealstream.eventstore.quarkus;

import io.dealstream.eventstore.http.Caller;
import io.dealstream.eventstore.http.Problems;
import io.dealstream.eventstore.http.Roles;
import io.dealstream.eventstore.messaging.DeadLetter;
import io.dealstream.eventstore.messaging.DeadLetters;
import io.smallrye.common.annotation.Blocking;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * The service's dead-letter topic for operators: list what waits there and why, inspect one record, and
 * replay it through the consumer that first received it (the normal idempotent path), recording who did it.
 */
@Path("/admin/dead-letters")
@Tag(name = "Operations", description = "Dead-lettered records: inspect and replay")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    private static final Logger LOG = Logger.getLogger(DeadLetterResource.class);
    private static final Duration REPLAY_TIMEOUT = Duration.ofSeconds(60);

    /** A dead-lettered record and its replays so far. */
    public record DeadLetterView(int partition, long offset, Instant deadLetteredAt, String originalTopic,
            String eventType, String eventId, String key, String reason, List<Replay> replays) {
    }

    /** The record with everything it carried, for inspection. */
    public record DeadLetterDetail(DeadLetterView deadLetter, Map<String, String> headers, String value) {
    }

    public record Replay(String by, Instant at, String outcome, String detail) {
    }

    private final DeadLetters deadLetters;
    private final IncomingChannels channels;
    private final Pool pool;
    private final Caller caller;
    private final Clock clock;

    public DeadLetterResource(DeadLetters deadLetters, IncomingChannels channels, Pool pool, Caller caller, Clock clock) {
        this.deadLetters = deadLetters;
        this.channels = channels;
        this.pool = pool;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Blocking
    @Operation(summary = "Dead-lettered records", description = "What this service's consumers could not process,"
            + " oldest first per partition, with the reason and any replays.")
    public List<DeadLetterView> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        List<DeadLetterView> views = new ArrayList<>();
        for (DeadLetter letter : deadLetters.list(limit)) {
            views.add(view(letter));
        }
        return views;
    }

    @GET
    @Path("/{partition}/{offset}")
    @Blocking
    @Operation(summary = "One dead-lettered record", description = "With all its headers and its value as published"
            + " (personal fields stay sealed).")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = DeadLetterDetail.class)))
    @APIResponse(responseCode = "404", description = "No such record on the dead-letter topic")
    public Response get(@PathParam("partition") int partition, @PathParam("offset") long offset) {
        return deadLetters.find(partition, offset)
                .map(letter -> Response.ok(new DeadLetterDetail(view(letter), letter.headers(), letter.value())).build())
                .orElseGet(() -> notFound(partition, offset));
    }

    @POST
    @Path("/{partition}/{offset}/replay")
    @Blocking
    @Operation(summary = "Replay a dead-lettered record", description = "Hands the record, as first received, to the"
            + " consumer of its topic: the same idempotent path as live records (an event already processed changes"
            + " nothing). The replay is recorded with who did it and how it went.")
    @APIResponse(responseCode = "200", description = "Processed (or found already processed)", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "404", description = "No such record, or no consumer here for its topic")
    @APIResponse(responseCode = "422", description = "Processing failed again; the reason is recorded and returned")
    public Response replay(@PathParam("partition") int partition, @PathParam("offset") long offset) {
        DeadLetter letter = deadLetters.find(partition, offset).orElse(null);
        if (letter == null) {
            return notFound(partition, offset);
        }
        var delivery = channels.deliver(letter.original());
        if (delivery.isEmpty()) {
            return Problems.response(Problems.body(404, "no-consumer", "No consumer for this topic",
                    "This service does not consume " + letter.originalTopic() + ".", path(partition, offset)));
        }
        String actor = caller.actor();
        try {
            delivery.get().await().atMost(REPLAY_TIMEOUT);
        } catch (RuntimeException e) {
            String detail = e.getClass().getSimpleName() + ": " + e.getMessage();
            record(letter, actor, "FAILED", detail);
            LOG.warnf("replay of %s-%d@%d by %s failed: %s", deadLetters.topic(), partition, offset, actor, detail);
            return Problems.response(Problems.body(422, "replay-failed", "The record failed again", detail,
                    path(partition, offset)));
        }
        record(letter, actor, "PROCESSED", null);
        LOG.infof("replayed %s-%d@%d (%s %s) by %s", deadLetters.topic(), partition, offset, letter.eventType(),
                letter.eventId(), actor);
        return Response.ok(view(letter)).build();
    }

    private DeadLetterView view(DeadLetter letter) {
        List<Replay> replays = pool.preparedQuery("SELECT replayed_by, replayed_at, outcome, detail FROM"
                        + " eventstore.dead_letter_replays WHERE dlq_topic = $1 AND dlq_partition = $2 AND dlq_offset = $3"
                        + " ORDER BY id")
                .execute(Tuple.of(deadLetters.topic(), letter.partition(), letter.offset()))
                .map(rows -> {
                    List<Replay> list = new ArrayList<>();
                    for (Row row : rows) {
                        list.add(new Replay(row.getString(0), row.getOffsetDateTime(1).toInstant(), row.getString(2),
                                row.getString(3)));
                    }
                    return list;
                }).await().atMost(Duration.ofSeconds(10));
        return new DeadLetterView(letter.partition(), letter.offset(), letter.deadLetteredAt(), letter.originalTopic(),
                letter.eventType(), letter.eventId(), letter.key(), letter.reason(), replays);
    }

    private void record(DeadLetter letter, String actor, String outcome, String detail) {
        pool.preparedQuery("INSERT INTO eventstore.dead_letter_replays (dlq_topic, dlq_partition, dlq_offset, event_id,"
                        + " event_type, replayed_by, replayed_at, outcome, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
                .execute(Tuple.tuple(List.of(deadLetters.topic(), letter.partition(), letter.offset()))
                        .addString(letter.eventId()).addString(letter.eventType()).addString(actor)
                        .addOffsetDateTime(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .addString(outcome).addString(detail))
                .await().atMost(Duration.ofSeconds(10));
    }

    private Response notFound(int partition, long offset) {
        return Problems.response(Problems.body(404, "not-found", "No such dead-lettered record",
                deadLetters.topic() + " has no record at partition " + partition + ", offset " + offset + ".",
                path(partition, offset)));
    }

    private static String path(int partition, long offset) {
        return "/admin/dead-letters/" + partition + "/" + offset;
    }
}
