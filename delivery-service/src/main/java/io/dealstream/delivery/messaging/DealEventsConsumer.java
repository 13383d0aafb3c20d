package io.dealstream.delivery.messaging;

import io.dealstream.delivery.application.DeliveryService;
import io.dealstream.delivery.domain.DeliveryCommand;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Topics;
import io.dealstream.events.deal.ContractSigned;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.eventstore.messaging.IncomingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** ContractSigned opens the delivery project with its delivery date and maintenance commitments. */
@ApplicationScoped
public class DealEventsConsumer {

    private final EventStore store;
    private final DeliveryService deliveries;
    private final InboxConsumer inbox;

    public DealEventsConsumer(EventStore store, DeliveryService deliveries, EventCodec codec) {
        this.store = store;
        this.deliveries = deliveries;
        this.inbox = new InboxConsumer(store, codec);
    }

    @Incoming("deal-events")
    public Uni<Void> onDealEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, Topics.DEAL, handlers);
    }

    private final EventHandlers handlers = EventHandlers.of().on(ContractSigned.class, this::openDelivery);

    private Uni<Void> openDelivery(EventStoreTx tx, IncomingEvent in, ContractSigned signed) {
        DeliveryCommand.Open open = new DeliveryCommand.Open(store.clock().instant(), in.opportunityId(),
                signed.contractId(), signed.deliveryDate(), signed.maintenance(), signed.scenario(),
                signed.customerName(), signed.accountId(), signed.cycleNumber());
        return deliveries.open(tx, open, in.correlationId(), in.eventId(), in.source()).replaceWithVoid();
    }
}
