package io.dealstream.deal.messaging;

import io.dealstream.events.EventCodec;
import io.dealstream.events.Topics;
import io.dealstream.events.lead.PersonalDataErased;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.eventstore.messaging.IncomingEvent;
import io.dealstream.eventstore.privacy.ErasureFollower;
import io.dealstream.deal.projection.DealProjector;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A customer's personal data was erased in lead-service: drop this service's clear copies of it. */
@ApplicationScoped
public class ErasureConsumer {

    private final InboxConsumer inbox;

    public ErasureConsumer(EventStore store, EventCodec codec) {
        this.inbox = new InboxConsumer(store, codec);
    }

    @Incoming("lead-events")
    public Uni<Void> onLeadEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, Topics.LEAD, Set.of("PersonalDataErased"), this::react);
    }

    private Uni<Void> react(EventStoreTx tx, IncomingEvent in) {
        return ErasureFollower.follow(tx, (PersonalDataErased) in.event(), DealProjector::refresh);
    }
}
