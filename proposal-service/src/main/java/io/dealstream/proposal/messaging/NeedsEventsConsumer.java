package io.dealstream.proposal.messaging;

import io.dealstream.events.EventCodec;
import io.dealstream.events.Topics;
import io.dealstream.events.needs.NeedsConfirmed;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.eventstore.messaging.IncomingEvent;
import io.dealstream.proposal.application.ProposalService;
import io.dealstream.proposal.domain.ProposalCommand;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** NeedsConfirmed opens the proposal draft, pre-filled with the confirmed requirements, pains and goals. */
@ApplicationScoped
public class NeedsEventsConsumer {

    private final EventStore store;
    private final ProposalService proposals;
    private final InboxConsumer inbox;

    public NeedsEventsConsumer(EventStore store, ProposalService proposals, EventCodec codec) {
        this.store = store;
        this.proposals = proposals;
        this.inbox = new InboxConsumer(store, codec);
    }

    @Incoming("needs-events")
    public Uni<Void> onNeedsEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, Topics.NEEDS, handlers);
    }

    private final EventHandlers handlers = EventHandlers.of().on(NeedsConfirmed.class, this::openProposal);

    private Uni<Void> openProposal(EventStoreTx tx, IncomingEvent in, NeedsConfirmed confirmed) {
        ProposalCommand.Open open = new ProposalCommand.Open(store.clock().instant(), in.opportunityId(),
                confirmed.requirements(), confirmed.pains(), confirmed.goals(), confirmed.scenario(),
                confirmed.customerName(), confirmed.accountId(), confirmed.cycleNumber(), confirmed.decisionProcess());
        return proposals.open(tx, open, in.correlationId(), in.eventId(), in.source()).replaceWithVoid();
    }
}
