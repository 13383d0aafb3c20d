package io.dealstream.eventstore.messaging;

import io.smallrye.mutiny.Uni;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A service's consumer of other services' topics: a subclass passes its typed handlers and declares one
 * {@code @Incoming} method per channel that calls {@link #consume}; the shared {@link InboxConsumer} runs each
 * handled record exactly once in effect and skips the rest from their headers.
 */
public abstract class EventConsumer {

    private final InboxConsumer inbox;
    private final EventHandlers handlers;

    protected EventConsumer(InboxConsumer inbox, EventHandlers handlers) {
        this.inbox = inbox;
        this.handlers = handlers;
    }

    protected Uni<Void> consume(ConsumerRecord<String, String> record, String topic) {
        return inbox.consume(record, topic, handlers);
    }
}
