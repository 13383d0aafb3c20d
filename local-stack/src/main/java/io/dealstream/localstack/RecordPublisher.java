package io.dealstream.localstack;

import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.DomainEvent;
import io.dealstream.events.EventCodec;
import io.dealstream.events.EventTypes;
import io.dealstream.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events straight to the real broker, shaped as the owning service's Debezium outbox would
 * publish them (CloudEvents headers, opportunity key): for consumer tests of duplicates and poison
 * records, and before the producing service exists.
 */
public final class RecordPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public RecordPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "acks", "all"),
                new StringSerializer(), new StringSerializer());
    }

    /** Publishes the event for an opportunity and returns its event id. */
    public UUID publish(UUID opportunityId, DomainEvent event) {
        return publish(opportunityId, event, UUID.randomUUID());
    }

    public UUID publish(UUID opportunityId, DomainEvent event, UUID eventId) {
        return publish(opportunityId, event, eventId, java.time.Instant.now());
    }

    /** Publishes the event as if it happened at {@code time} (its ce_time). */
    public UUID publish(UUID opportunityId, DomainEvent event, UUID eventId, java.time.Instant time) {
        EventTypes.EventType type = EventTypes.of(event);
        return send(cloudEvent(type.stage().topic(), opportunityId, event, eventId, time), eventId);
    }

    /**
     * Puts the event on a service's dead-letter topic as SmallRye's dead-letter strategy would have after
     * that service's consumer failed on it: the original record with {@code dead-letter-*} headers.
     */
    public UUID publishDeadLetter(String service, UUID opportunityId, DomainEvent event, UUID eventId, String reason) {
        String original = EventTypes.of(event).stage().topic();
        ProducerRecord<String, String> record = cloudEvent(Topics.deadLetter(service), opportunityId, event, eventId,
                java.time.Instant.now());
        header(record, "dead-letter-reason", reason);
        header(record, "dead-letter-cause", reason);
        header(record, "dead-letter-topic", original);
        header(record, "dead-letter-partition", "0");
        header(record, "dead-letter-offset", "0");
        return send(record, eventId);
    }

    private static ProducerRecord<String, String> cloudEvent(String topic, UUID opportunityId, DomainEvent event,
            UUID eventId, java.time.Instant time) {
        EventTypes.EventType type = EventTypes.of(event);
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, opportunityId.toString(),
                new EventCodec().encode(event));
        header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(record, CloudEventHeaders.ID, eventId.toString());
        header(record, CloudEventHeaders.TYPE, type.cloudEventType());
        header(record, CloudEventHeaders.SOURCE, type.stage().cloudEventSource());
        header(record, CloudEventHeaders.SUBJECT, opportunityId.toString());
        header(record, CloudEventHeaders.TIME, time.toString());
        header(record, CloudEventHeaders.EVENT_TYPE, type.name());
        header(record, CloudEventHeaders.SCHEMA_VERSION, "1");
        header(record, CloudEventHeaders.CORRELATION_ID, UUID.randomUUID().toString());
        return record;
    }

    /** A raw record, e.g. a poison message. */
    public void publishRaw(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((k, v) -> header(record, k, v));
        send(record, null);
    }

    private UUID send(ProducerRecord<String, String> record, UUID id) {
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
            return id;
        } catch (Exception e) {
            throw new IllegalStateException("publish failed", e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
