package io.dealstream.proposal.messaging;

import io.dealstream.proposal.application.ProposalService;
import io.dealstream.proposal.domain.ProposalCommand;
import io.dealstream.proposal.projection.ProposalProjector;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Topics;
import io.dealstream.events.lead.PersonalDataErased;
import io.dealstream.events.lead.ScenarioChanged;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.eventstore.messaging.IncomingEvent;
import io.dealstream.eventstore.privacy.ErasureFollower;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What lead-service announces about the whole opportunity: a changed scenario (the proposal follows it; one not
 * opened yet takes it from the upstream event that opens it), and an erasure of personal data (this service's
 * clear copies are dropped).
 */
@ApplicationScoped
public class LeadEventsConsumer {

    private final InboxConsumer inbox;
    private final ProposalService proposals;

    public LeadEventsConsumer(EventStore store, EventCodec codec, ProposalService proposals) {
        this.inbox = new InboxConsumer(store, codec);
        this.proposals = proposals;
    }

    @Incoming("lead-events")
    public Uni<Void> onLeadEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, Topics.LEAD, handlers);
    }

    private final EventHandlers handlers = EventHandlers.of()
            .on(PersonalDataErased.class, (tx, in, erased) -> ErasureFollower.follow(tx, erased,
                    ProposalProjector::refresh))
            .on(ScenarioChanged.class, this::followScenario);

    private Uni<Void> followScenario(EventStoreTx tx, IncomingEvent in, ScenarioChanged s) {
        return proposals.handleIfExists(tx, in.opportunityId(), new ProposalCommand.FollowScenario(tx.clock().instant(), s.scenario(),
                s.changedBy(), s.reason()), in.correlationId(), in.source());
    }
}
