package io.dealstream.eventstore.messaging;

import io.dealstream.events.EventCodec;
import io.dealstream.events.InvalidEventPayload;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.faults.TransientFailures;
import io.dealstream.eventstore.tracing.TraceParents;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Consumes another service's events exactly once in effect: the reaction runs in one transaction with
 * the inbox mark, so a redelivered record is skipped.
 *
 * <p>A failure decides what happens to the record: while a dependency is down (database or vault unreachable,
 * a timeout, a deadlock) the same record is retried with back-off for as long as it takes, holding the
 * partition so nothing behind it is skipped, and {@link ConsumerHealth} reports the consumer degraded. A
 * record that can never be read (undecodable, schema-invalid, unknown version) fails at once, so the
 * channel's dead-letter strategy takes it with the reason. Anything else (a reaction refusing the event) is
 * tried a few times, then dead-lettered too, where an operator can inspect and replay it.
 */
public final class InboxConsumer {

    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

    private final EventStore store;
    private final EventCodec codec;

    public InboxConsumer(EventStore store, EventCodec codec) {
        this.store = store;
        this.codec = codec;
    }

    /**
     * @param handlers the reactions per event type; a record of any other type is acknowledged and ignored
     */
    public Uni<Void> consume(ConsumerRecord<String, String> record, String topic, EventHandlers handlers) {
        String type = IncomingEvent.typeOf(record);
        if (!handlers.wants(type)) {
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
                        .chain(fresh -> fresh ? handlers.handle(tx, incoming) : Uni.createFrom().voidItem())))
                // an attempt that never answers (a connection lost mid-transaction) is a transient failure too
                .ifNoItem().after(ATTEMPT_TIMEOUT).fail()
                .onFailure(InboxConsumer::waitsForADependency)
                .invoke(e -> store.consumerHealth().retrying(topic, record.offset(), e))
                .onFailure(InboxConsumer::waitsForADependency)
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).indefinitely()
                .onFailure(e -> !(e instanceof InvalidEventPayload))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(8)
                .onItemOrFailure().invoke((ok, e) -> store.consumerHealth().recovered(topic))
                .onFailure().invoke(e -> span.recordException(e).setStatus(StatusCode.ERROR))
                .onTermination().invoke(span::end);
    }

    private static boolean waitsForADependency(Throwable e) {
        return !(e instanceof InvalidEventPayload) && TransientFailures.isTransient(e);
    }
}
