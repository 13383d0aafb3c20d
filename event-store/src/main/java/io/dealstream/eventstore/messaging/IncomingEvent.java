package io.dealstream.eventstore.messaging;

import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.DomainEvent;
import io.dealstream.events.EventCodec;
import io.dealstream.events.InvalidEventPayload;
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

    /** Decodes a record; {@link InvalidEventPayload} (a poison record) when envelope or payload is unreadable. */
    public static IncomingEvent read(ConsumerRecord<String, String> record, EventCodec codec) {
        String type = typeOf(record);
        try {
            UUID eventId = UUID.fromString(header(record, CloudEventHeaders.ID));
            String subject = header(record, CloudEventHeaders.SUBJECT);
            UUID opportunity = UUID.fromString(subject != null ? subject : record.key());
            String correlation = header(record, CloudEventHeaders.CORRELATION_ID);
            String version = header(record, CloudEventHeaders.SCHEMA_VERSION);
            String source = header(record, CloudEventHeaders.SOURCE);
            String time = header(record, CloudEventHeaders.TIME);
            DomainEvent event = codec.decode(type, version == null ? 1 : Integer.parseInt(version), record.value());
            return new IncomingEvent(eventId, type, opportunity,
                    correlation == null ? eventId : UUID.fromString(correlation),
                    source == null ? "unknown" : source.substring(source.lastIndexOf('/') + 1),
                    time == null ? null : Instant.parse(time), event);
        } catch (InvalidEventPayload e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidEventPayload(String.valueOf(type), List.of("unreadable envelope: " + e));
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
