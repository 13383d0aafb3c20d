package io.dealstream.deal.messaging;

import io.dealstream.deal.application.DealService;
import io.dealstream.deal.domain.DealCommand;
import io.dealstream.events.Topics;
import io.dealstream.events.proposal.ProposalAccepted;
import io.dealstream.eventstore.messaging.EventConsumer;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** ProposalAccepted opens the negotiation from the accepted quote. */
@Singleton
public class ProposalEventsConsumer extends EventConsumer {

    public ProposalEventsConsumer(InboxConsumer inbox, DealService deals) {
        super(inbox, EventHandlers.of().on(ProposalAccepted.class, deals.opening((now, in, accepted) ->
                new DealCommand.Open(now, in.opportunityId(), accepted.quote(), accepted.scenario(),
                        accepted.customerName(), accepted.accountId(), accepted.cycleNumber()))));
    }

    @Incoming("proposal-events")
    public Uni<Void> onProposalEvent(ConsumerRecord<String, String> record) {
        return consume(record, Topics.PROPOSAL);
    }
}
