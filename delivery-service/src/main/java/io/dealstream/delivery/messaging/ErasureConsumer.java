package io.dealstream.delivery.messaging;

import io.dealstream.events.Topics;
import io.dealstream.events.lead.PersonalDataErased;
import io.dealstream.eventstore.messaging.EventConsumer;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.eventstore.privacy.ErasureFollower;
import io.dealstream.delivery.projection.DeliveryProjector;
import io.dealstream.delivery.application.DeliveryConfig;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A customer's personal data was erased in lead-service: drop this service's clear copies of it. */
@Singleton
public class ErasureConsumer extends EventConsumer {

    public ErasureConsumer(InboxConsumer inbox, DeliveryConfig config) {
        super(inbox, EventHandlers.of().on(PersonalDataErased.class, (tx, in, erased) -> ErasureFollower.follow(tx,
                erased, new DeliveryProjector(config)::refresh)));
    }

    @Incoming("lead-events")
    public Uni<Void> onLeadEvent(ConsumerRecord<String, String> record) {
        return consume(record, Topics.LEAD);
    }
}
