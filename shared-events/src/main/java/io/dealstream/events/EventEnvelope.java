package io.dealstream.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The envelope every event travels in. Stored as columns of the event store, published as Kafka
 * headers; the payload is the event record itself.
 *
 * @param eventId       unique id, the dedupe key of every consumer
 * @param eventType     simple type name, e.g. {@code LeadQualified}
 * @param schemaVersion payload schema version
 * @param streamId      the aggregate the event belongs to
 * @param streamVersion 1, 2, 3 ... per stream
 * @param opportunityId the id that follows a deal through all stages (the lead's id)
 * @param occurredAt    when the change was decided
 * @param correlationId the id shared by everything one user action caused
 * @param causationId   the event (or request) that caused this one
 * @param actor         who issued the command
 * @param traceParent   the W3C trace context of the span that appended it ({@code 00-<trace>-<span>-<flags>}),
 *                      published as the {@code traceparent} header so a trace follows the opportunity
 *                      from a REST call through Debezium and Kafka into every consumer; null if untraced
 */
public record EventEnvelope(
        UUID eventId,
        String eventType,
        int schemaVersion,
        UUID streamId,
        long streamVersion,
        UUID opportunityId,
        Instant occurredAt,
        UUID correlationId,
        @Nullable UUID causationId,
        String actor,
        @Nullable String traceParent) {
}
