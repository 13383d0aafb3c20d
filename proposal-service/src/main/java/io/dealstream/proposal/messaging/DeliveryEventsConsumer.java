package io.dealstream.proposal.messaging;

import io.dealstream.events.Topics;
import io.dealstream.eventstore.messaging.EventConsumer;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.proposal.relationship.RelationshipHistory;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the relationship history of customers who bought before (once per event, through the inbox). */
@Singleton
public class DeliveryEventsConsumer extends EventConsumer {

    public DeliveryEventsConsumer(InboxConsumer inbox) {
        super(inbox, EventHandlers.forTypes(RelationshipHistory.TYPES,
                (tx, in, event) -> RelationshipHistory.record(tx.connection(), in)));
    }

    @Incoming("delivery-events")
    public Uni<Void> onDeliveryEvent(ConsumerRecord<String, String> record) {
        return consume(record, Topics.DELIVERY);
    }
}
