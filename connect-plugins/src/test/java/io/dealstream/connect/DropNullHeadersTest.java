package io.dealstream.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.junit.jupiter.api.Test;

class DropNullHeadersTest {

    private final DropNullHeaders<SourceRecord> transform = new DropNullHeaders<>();

    @Test
    void dropsOnlyTheHeadersWithoutAValueAndKeepsTheRestOfTheRecord() {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString("ce_id", "e-1");
        headers.add("ce_dscausationid", null, Schema.OPTIONAL_STRING_SCHEMA);
        headers.addString("ce_dsactor", "alice");
        headers.add("traceparent", null, Schema.OPTIONAL_STRING_SCHEMA);
        SourceRecord record = new SourceRecord(null, null, "dealstream.lead.events", 2, Schema.STRING_SCHEMA, "opp-1",
                Schema.STRING_SCHEMA, "{\"a\":1}", 1234L, headers);

        SourceRecord out = transform.apply(record);

        assertThat(names(out)).containsExactly("ce_id", "ce_dsactor");
        assertThat(out.headers().lastWithName("ce_dsactor").value()).isEqualTo("alice");
        assertThat(out.topic()).isEqualTo("dealstream.lead.events");
        assertThat(out.kafkaPartition()).isEqualTo(2);
        assertThat(out.key()).isEqualTo("opp-1");
        assertThat(out.value()).isEqualTo("{\"a\":1}");
        assertThat(out.timestamp()).isEqualTo(1234L);
    }

    @Test
    void aRecordWithoutNullHeadersPassesUnchanged() {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString("ce_id", "e-1");
        SourceRecord record = new SourceRecord(null, null, "t", null, null, "v", null, headers);

        assertThat(transform.apply(record)).isSameAs(record);
    }

    @Test
    void connectFindsItThroughTheServiceLoaderManifest() {
        // Connect's plugin.discovery=service_load sees only what the manifest lists
        List<String> found = new ArrayList<>();
        for (Transformation<?> t : ServiceLoader.load(Transformation.class)) {
            found.add(t.getClass().getName());
        }
        assertThat(found).contains(DropNullHeaders.class.getName());
    }

    private static List<String> names(SourceRecord record) {
        List<String> names = new ArrayList<>();
        for (Header h : record.headers()) {
            names.add(h.key());
        }
        return names;
    }
}
