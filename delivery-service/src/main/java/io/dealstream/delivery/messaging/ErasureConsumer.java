package io.dealstream.delivery.messaging;

import io.dealstream.events.EventCodec;
import io.dealstream.events.Topics;
import io.dealstream.events.lead.PersonalDataErased;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.eventstore.privacy.ErasureFollower;
import io.dealstream.delivery.projection.DeliveryProjector;
import io.dealstream.delivery.application.DeliveryConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A customer's personal data was erased in lead-service: drop this service's clear copies of it. */
@ApplicationScoped
public class ErasureConsumer {

    private final InboxConsumer inbox;
    private final EventHandlers handlers;

    public ErasureConsumer(EventStore store, EventCodec codec, DeliveryConfig config) {
        this.inbox = new InboxConsumer(store, codec);
        DeliveryProjector projector = new DeliveryProjector(config);
        this.handlers = EventHandlers.of()
                .on(PersonalDataErased.class, (tx, in, erased) -> ErasureFollower.follow(tx, erased, projector::refresh));
    }

    @Incoming("lead-events")
    public Uni<Void> onLeadEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, Topics.LEAD, handlers);
    }
}
