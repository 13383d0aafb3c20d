package io.dealstream.eventstore.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Nullable;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.StoredEvent;
import io.dealstream.eventstore.domain.NotFound;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event of a stream's audit timeline ({@code GET /.../{id}/history}). */
public record HistoryEntry(
        UUID eventId,
        String eventType,
        int schemaVersion,
        UUID streamId,
        long streamVersion,
        Instant occurredAt,
        String actor,
        UUID correlationId,
        @Nullable UUID causationId,
        JsonNode payload) {

    public static HistoryEntry of(StoredEvent e) {
        var env = e.envelope();
        return new HistoryEntry(env.eventId(), env.eventType(), env.schemaVersion(), env.streamId(),
                env.streamVersion(), env.occurredAt(), env.actor(), env.correlationId(), env.causationId(),
                EventCodec.mapper().valueToTree(e.event()));
    }

    public static List<HistoryEntry> of(List<StoredEvent> events) {
        return events.stream().map(HistoryEntry::of).toList();
    }

    /** A stream's audit timeline; {@link NotFound} names {@code kind} when the stream does not exist. */
    public static Uni<List<HistoryEntry>> of(EventStore store, String kind, UUID id) {
        return store.load(id).map(events -> {
            if (events.isEmpty()) {
                throw new NotFound(kind, id);
            }
            return of(events);
        });
    }
}
