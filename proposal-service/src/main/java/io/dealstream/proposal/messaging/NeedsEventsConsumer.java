package io.dealstream.proposal.messaging;

import io.dealstream.events.Topics;
import io.dealstream.events.needs.NeedsConfirmed;
import io.dealstream.eventstore.messaging.EventConsumer;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.proposal.application.ProposalService;
import io.dealstream.proposal.domain.ProposalCommand;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** NeedsConfirmed opens the proposal draft, pre-filled with the confirmed requirements, pains and goals. */
@Singleton
public class NeedsEventsConsumer extends EventConsumer {

    public NeedsEventsConsumer(InboxConsumer inbox, ProposalService proposals) {
        super(inbox, EventHandlers.of().on(NeedsConfirmed.class, proposals.opening((now, in, confirmed) ->
                new ProposalCommand.Open(now, in.opportunityId(), confirmed.requirements(), confirmed.pains(),
                        confirmed.goals(), confirmed.scenario(), confirmed.customerName(), confirmed.accountId(),
                        confirmed.cycleNumber(), confirmed.decisionProcess()))));
    }

    @Incoming("needs-events")
    public Uni<Void> onNeedsEvent(ConsumerRecord<String, String> record) {
        return consume(record, Topics.NEEDS);
    }
}
