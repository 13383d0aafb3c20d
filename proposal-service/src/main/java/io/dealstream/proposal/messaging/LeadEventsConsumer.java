package io.dealstream.proposal.messaging;

import io.dealstream.events.Topics;
import io.dealstream.events.lead.PersonalDataErased;
import io.dealstream.events.lead.ScenarioChanged;
import io.dealstream.eventstore.messaging.EventConsumer;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.eventstore.privacy.ErasureFollower;
import io.dealstream.proposal.application.ProposalService;
import io.dealstream.proposal.domain.ProposalCommand;
import io.dealstream.proposal.projection.ProposalProjector;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What lead-service announces about the whole opportunity: a changed scenario (the proposal follows it; one not
 * opened yet takes it from the upstream event that opens it), and an erasure of personal data (this service's
 * clear copies are dropped).
 */
@Singleton
public class LeadEventsConsumer extends EventConsumer {

    public LeadEventsConsumer(InboxConsumer inbox, ProposalService proposals) {
        super(inbox, EventHandlers.of()
                .on(ScenarioChanged.class, proposals.followingIfOpen((now, in, s) ->
                        new ProposalCommand.FollowScenario(now, s.scenario(), s.changedBy(), s.reason())))
                .on(PersonalDataErased.class, (tx, in, erased) -> ErasureFollower.follow(tx, erased,
                        ProposalProjector::refresh)));
    }

    @Incoming("lead-events")
    public Uni<Void> onLeadEvent(ConsumerRecord<String, String> record) {
        return consume(record, Topics.LEAD);
    }
}
