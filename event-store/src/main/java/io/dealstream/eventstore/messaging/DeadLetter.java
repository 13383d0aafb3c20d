package io.dealstream.eventstore.messaging;

import io.dealstream.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * A record on a service's dead-letter topic: the record its consumer could not process, as it came, with
 * SmallRye's {@code dead-letter-*} headers saying where from and why.
 */
public record DeadLetter(int partition, long offset, Instant deadLetteredAt, String key, String value,
        Map<String, String> headers) {

    static final String PREFIX = "dead-letter-";

    static DeadLetter of(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return new DeadLetter(record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                record.key(), record.value(), headers);
    }

    public String originalTopic() {
        return headers.get(PREFIX + "topic");
    }

    public String reason() {
        return headers.get(PREFIX + "reason");
    }

    public String eventType() {
        return headers.get(CloudEventHeaders.EVENT_TYPE);
    }

    public String eventId() {
        return headers.get(CloudEventHeaders.ID);
    }

    /** The record as its consumer first received it, for a replay through the same path. */
    public ConsumerRecord<String, String> original() {
        RecordHeaders kept = new RecordHeaders();
        headers.forEach((k, v) -> {
            if (!k.startsWith(PREFIX)) {
                kept.add(k, v == null ? null : v.getBytes(StandardCharsets.UTF_8));
            }
        });
        int originalPartition = (int) parse(headers.get(PREFIX + "partition"), -1);
        long originalOffset = parse(headers.get(PREFIX + "offset"), -1);
        return new ConsumerRecord<>(originalTopic(), originalPartition, originalOffset, deadLetteredAt.toEpochMilli(),
                TimestampType.CREATE_TIME, -1, -1, key, value, kept, java.util.Optional.empty());
    }

    private static long parse(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
