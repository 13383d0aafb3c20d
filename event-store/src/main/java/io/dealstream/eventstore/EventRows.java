package io.dealstream.eventstore;

import io.dealstream.events.EventCodec;
import io.dealstream.events.EventEnvelope;
import io.dealstream.eventstore.privacy.KeyVault;
import io.dealstream.eventstore.privacy.ProtectedPayloads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.List;

/** Mapping between {@code eventstore.events} rows and {@link StoredEvent}. */
final class EventRows {

    static final String SELECT = "SELECT global_position, event_id, event_type, schema_version, stream_id,"
            + " stream_version, opportunity_id, occurred_at, correlation_id, causation_id, actor, trace_parent,"
            + " payload::text AS payload"
            + " FROM eventstore.events";

    static final String INSERT = "INSERT INTO eventstore.events (event_id, event_type, schema_version, stream_id,"
            + " stream_version, opportunity_id, occurred_at, correlation_id, causation_id, actor, ce_type, ce_source,"
            + " trace_parent, payload) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::text::jsonb)"
            + " RETURNING global_position";

    private EventRows() {
    }

    /** Decodes rows in order; their personal fields are opened with keys fetched in one vault query. */
    static Uni<List<StoredEvent>> toStoredEvents(RowSet<Row> rows, EventCodec codec, KeyVault vault) {
        List<EventEnvelope> envelopes = new ArrayList<>(rows.size());
        List<Long> positions = new ArrayList<>(rows.size());
        List<ProtectedPayloads.Sealed> payloads = new ArrayList<>(rows.size());
        for (Row row : rows) {
            EventEnvelope envelope = envelope(row);
            envelopes.add(envelope);
            positions.add(row.getLong("global_position"));
            payloads.add(new ProtectedPayloads.Sealed(envelope.eventType(), envelope.schemaVersion(),
                    row.getString("payload")));
        }
        return ProtectedPayloads.openStored(vault, codec, payloads).map(events -> {
            List<StoredEvent> out = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                out.add(new StoredEvent(positions.get(i), envelopes.get(i), events.get(i)));
            }
            return out;
        });
    }

    private static EventEnvelope envelope(Row row) {
        return new EventEnvelope(
                row.getUUID("event_id"),
                row.getString("event_type"),
                row.getInteger("schema_version"),
                row.getUUID("stream_id"),
                row.getLong("stream_version"),
                row.getUUID("opportunity_id"),
                row.getOffsetDateTime("occurred_at").toInstant(),
                row.getUUID("correlation_id"),
                row.getUUID("causation_id"),
                row.getString("actor"),
                row.getString("trace_parent"));
    }
}
