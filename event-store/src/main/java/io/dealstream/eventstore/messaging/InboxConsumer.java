package io.dealstream.eventstore.messaging;

import io.dealstream.events.EventCodec;
import io.dealstream.events.InvalidEventPayload;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.tracing.TraceParents;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Consumes another service's events exactly once in effect: the reaction runs in one transaction with
 * the inbox mark, so a redelivered record is skipped. Transient failures are retried with back-off; a
 * poison record fails at once, so the channel's dead-letter strategy takes it and the consumer goes on.
 */
public final class InboxConsumer {

    private final EventStore store;
    private final EventCodec codec;

    public InboxConsumer(EventStore store, EventCodec codec) {
        this.store = store;
        this.codec = codec;
    }

    /**
     * @param handled the event types this service reacts to; others are acknowledged and ignored
     */
    public Uni<Void> consume(ConsumerRecord<String, String> record, String topic, Set<String> handled,
            BiFunction<EventStoreTx, IncomingEvent, Uni<Void>> reaction) {
        String type = IncomingEvent.typeOf(record);
        if (type == null || !handled.contains(type)) {
            return Uni.createFrom().voidItem();
        }
        // continue the trace the event was appended in (its traceparent header): one processing span per
        // record, whose context the events appended by the reaction record in turn
        Span span = store.tracer().spanBuilder(topic + " process")
                .setParent(TraceParents.extract(record))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("dealstream.event_type", type)
                .startSpan();
        String traceParent = TraceParents.of(span.getSpanContext());
        return IncomingEvent.read(record, codec, store.vault())
                .chain(incoming -> store.inTransaction(traceParent, tx -> tx.markProcessed(incoming.eventId(), type, topic)
                        .chain(fresh -> fresh ? reaction.apply(tx, incoming) : Uni.createFrom().voidItem())))
                .onFailure(e -> !(e instanceof InvalidEventPayload))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(8)
                .onFailure().invoke(e -> span.recordException(e).setStatus(StatusCode.ERROR))
                .onTermination().invoke(span::end);
    }
}
