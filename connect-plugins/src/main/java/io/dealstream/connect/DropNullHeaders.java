package io.dealstream.connect;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.components.Versioned;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.header.Headers;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * Removes every header whose value is null. Debezium's outbox EventRouter turns each envelope column
 * it places in a header into one, null columns included (an event with no cause, a command with no
 * trace); a CloudEvents reader rejects a {@code ce_*} header without a value, and the AsyncAPI document
 * promises such headers are absent instead. Runs after the EventRouter in every outbox connector.
 */
public final class DropNullHeaders<R extends ConnectRecord<R>> implements Transformation<R>, Versioned {

    @Override
    public R apply(R record) {
        if (record == null || !hasNullHeader(record.headers())) {
            return record;
        }
        Headers kept = new ConnectHeaders();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                kept.add(header);
            }
        }
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(),
                record.valueSchema(), record.value(), record.timestamp(), kept);
    }

    private static boolean hasNullHeader(Headers headers) {
        for (Header header : headers) {
            if (header.value() == null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ConfigDef config() {
        return new ConfigDef();
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure: a null header is never meaningful on a CloudEvents record
    }

    @Override
    public String version() {
        String version = DropNullHeaders.class.getPackage().getImplementationVersion();
        return version != null ? version : "unknown";
    }

    @Override
    public void close() {
    }
}
