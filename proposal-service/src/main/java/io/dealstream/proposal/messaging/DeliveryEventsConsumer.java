package io.dealstream.proposal.messaging;

import io.dealstream.events.EventCodec;
import io.dealstream.events.Topics;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.proposal.relationship.RelationshipHistory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the relationship history of customers who bought before (once per event, through the inbox). */
@ApplicationScoped
public class DeliveryEventsConsumer {

    private final InboxConsumer inbox;

    public DeliveryEventsConsumer(EventStore store, EventCodec codec) {
        this.inbox = new InboxConsumer(store, codec);
    }

    @Incoming("delivery-events")
    public Uni<Void> onDeliveryEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, Topics.DELIVERY, HANDLERS);
    }

    private static final EventHandlers HANDLERS = EventHandlers.forTypes(RelationshipHistory.TYPES,
            (tx, in, event) -> RelationshipHistory.record(tx.connection(), in));
}
