package io.dealstream.delivery.messaging;

import io.dealstream.delivery.application.DeliveryService;
import io.dealstream.delivery.domain.DeliveryCommand;
import io.dealstream.events.Topics;
import io.dealstream.events.deal.ContractSigned;
import io.dealstream.eventstore.messaging.EventConsumer;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** ContractSigned opens the delivery project with its delivery date and maintenance commitments. */
@Singleton
public class DealEventsConsumer extends EventConsumer {

    public DealEventsConsumer(InboxConsumer inbox, DeliveryService deliveries) {
        super(inbox, EventHandlers.of().on(ContractSigned.class, deliveries.opening((now, in, signed) ->
                new DeliveryCommand.Open(now, in.opportunityId(), signed.contractId(), signed.deliveryDate(),
                        signed.maintenance(), signed.scenario(), signed.customerName(), signed.accountId(),
                        signed.cycleNumber()))));
    }

    @Incoming("deal-events")
    public Uni<Void> onDealEvent(ConsumerRecord<String, String> record) {
        return consume(record, Topics.DEAL);
    }
}
