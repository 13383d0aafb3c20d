package io.dealstream.eventstore.messaging;

import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.DomainEvent;
import io.dealstream.events.EventCodec;
import io.dealstream.events.InvalidEventPayload;
import io.dealstream.eventstore.privacy.KeyVault;
import io.dealstream.eventstore.privacy.ProtectedPayloads;
import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * An event read from another service's topic: the CloudEvents envelope and the decoded payload.
 *
 * @param source the publishing service, e.g. {@code lead-service}
 * @param time   when it happened ({@code ce_time})
 */
public record IncomingEvent(UUID eventId, String eventType, UUID opportunityId, UUID correlationId, String source,
        Instant time, DomainEvent event) {

    /** The event type of a record without decoding it, or null when the header is missing. */
    public static String typeOf(ConsumerRecord<?, ?> record) {
        return header(record, CloudEventHeaders.EVENT_TYPE);
    }

    /**
     * Decodes a record, opening its personal fields with keys from the vault. Fails with
     * {@link InvalidEventPayload} (a poison record) when envelope or payload is unreadable; a vault
     * failure is transient and fails with its own exception.
     */
    public static Uni<IncomingEvent> read(ConsumerRecord<String, String> record, EventCodec codec, KeyVault vault) {
        return Uni.createFrom().deferred(() -> {
            String type = typeOf(record);
            IncomingEvent envelope;
            int version;
            try {
                UUID eventId = UUID.fromString(header(record, CloudEventHeaders.ID));
                String subject = header(record, CloudEventHeaders.SUBJECT);
                UUID opportunity = UUID.fromString(subject != null ? subject : record.key());
                String correlation = header(record, CloudEventHeaders.CORRELATION_ID);
                String versionHeader = header(record, CloudEventHeaders.SCHEMA_VERSION);
                String source = header(record, CloudEventHeaders.SOURCE);
                String time = header(record, CloudEventHeaders.TIME);
                version = versionHeader == null ? 1 : Integer.parseInt(versionHeader);
                envelope = new IncomingEvent(eventId, type, opportunity,
                        correlation == null ? eventId : UUID.fromString(correlation),
                        source == null ? "unknown" : source.substring(source.lastIndexOf('/') + 1),
                        time == null ? null : Instant.parse(time), null);
            } catch (RuntimeException e) {
                throw new InvalidEventPayload(String.valueOf(type), List.of("unreadable envelope: " + e));
            }
            if (record.value() == null) {
                throw new InvalidEventPayload(String.valueOf(type), List.of("$: no payload"));
            }
            return ProtectedPayloads.open(vault, codec,
                            List.of(new ProtectedPayloads.Sealed(type, version, record.value())))
                    .map(events -> envelope.with(events.get(0)));
        });
    }

    private IncomingEvent with(DomainEvent decoded) {
        return new IncomingEvent(eventId, eventType, opportunityId, correlationId, source, time, decoded);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
