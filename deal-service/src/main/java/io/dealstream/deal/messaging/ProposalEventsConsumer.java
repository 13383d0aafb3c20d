package io.dealstream.deal.messaging;

import io.dealstream.deal.application.DealService;
import io.dealstream.deal.domain.DealCommand;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Topics;
import io.dealstream.events.proposal.ProposalAccepted;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.eventstore.messaging.IncomingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** ProposalAccepted opens the negotiation from the accepted quote. */
@ApplicationScoped
public class ProposalEventsConsumer {

    private final EventStore store;
    private final DealService deals;
    private final InboxConsumer inbox;

    public ProposalEventsConsumer(EventStore store, DealService deals, EventCodec codec) {
        this.store = store;
        this.deals = deals;
        this.inbox = new InboxConsumer(store, codec);
    }

    @Incoming("proposal-events")
    public Uni<Void> onProposalEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, Topics.PROPOSAL, handlers);
    }

    private final EventHandlers handlers = EventHandlers.of().on(ProposalAccepted.class, this::openDeal);

    private Uni<Void> openDeal(EventStoreTx tx, IncomingEvent in, ProposalAccepted accepted) {
        DealCommand.Open open = new DealCommand.Open(store.clock().instant(), in.opportunityId(), accepted.quote(),
                accepted.scenario(), accepted.customerName(), accepted.accountId(), accepted.cycleNumber());
        return deals.open(tx, open, in.correlationId(), in.eventId(), in.source()).replaceWithVoid();
    }
}
