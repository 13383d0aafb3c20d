package io.dealstream.console.services;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** One event of a stream's audit timeline, as every stage service publishes it ({@code GET .../{id}/history}). */
public record HistoryEntry(UUID eventId, String eventType, long streamVersion, Instant occurredAt, String actor,
        JsonNode payload) {
}
