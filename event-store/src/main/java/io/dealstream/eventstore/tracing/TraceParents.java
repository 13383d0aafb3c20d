package io.dealstream.eventstore.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * W3C {@code traceparent} values: what the event store records with each event (the span that appended
 * it) and what a consumer continues from (the Kafka header Debezium publishes from that column).
 */
public final class TraceParents {

    private static final TextMapGetter<ConsumerRecord<?, ?>> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<?, ?> record) {
            return StreamSupport.stream(record.headers().spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(ConsumerRecord<?, ?> record, String key) {
            Header h = record == null ? null : record.headers().lastHeader(key);
            return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        }
    };

    private TraceParents() {
    }

    /** The current span's trace parent, or null when nothing is traced. */
    public static String current() {
        return of(Span.current().getSpanContext());
    }

    public static String of(SpanContext span) {
        if (span == null || !span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The trace context a record carries in its {@code traceparent} header (root when none). */
    public static Context extract(ConsumerRecord<?, ?> record) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), record, KAFKA_HEADERS);
    }

    /** The trace id of a {@code traceparent} value, or null when it is not one. */
    public static String traceId(String traceParent) {
        if (traceParent == null) {
            return null;
        }
        List<String> parts = List.of(traceParent.split("-"));
        return parts.size() == 4 && parts.get(1).length() == 32 ? parts.get(1) : null;
    }
}
