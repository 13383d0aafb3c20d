package io.dealstream.deal.messaging;

import io.dealstream.deal.application.DealService;
import io.dealstream.deal.domain.DealCommand;
import io.dealstream.deal.projection.DealProjector;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Topics;
import io.dealstream.events.lead.PersonalDataErased;
import io.dealstream.events.lead.ScenarioChanged;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.eventstore.messaging.IncomingEvent;
import io.dealstream.eventstore.privacy.ErasureFollower;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What lead-service announces about the whole opportunity: a changed scenario (the deal follows it; one not
 * opened yet takes it from the upstream event that opens it), and an erasure of personal data (this service's
 * clear copies are dropped).
 */
@ApplicationScoped
public class LeadEventsConsumer {

    private final InboxConsumer inbox;
    private final DealService deals;

    public LeadEventsConsumer(EventStore store, EventCodec codec, DealService deals) {
        this.inbox = new InboxConsumer(store, codec);
        this.deals = deals;
    }

    @Incoming("lead-events")
    public Uni<Void> onLeadEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, Topics.LEAD, Set.of("PersonalDataErased", "ScenarioChanged"), this::react);
    }

    private Uni<Void> react(EventStoreTx tx, IncomingEvent in) {
        if (in.event() instanceof ScenarioChanged s) {
            return deals.handle(tx, in.opportunityId(), OptionalLong.empty(), new DealCommand.FollowScenario(
                            tx.clock().instant(), s.scenario(), s.changedBy(), s.reason()), in.correlationId(), in.source())
                    .replaceWithVoid()
                    .onFailure(NotFound.class).recoverWithNull().replaceWithVoid();
        }
        return ErasureFollower.follow(tx, (PersonalDataErased) in.event(), DealProjector::refresh);
    }
}
