package io.dealstream.needs.messaging;

import io.dealstream.events.EventCodec;
import io.dealstream.events.Topics;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.events.lead.ScenarioChanged;
import io.dealstream.events.lead.PersonalDataErased;
import io.dealstream.eventstore.privacy.ErasureFollower;
import io.dealstream.needs.projection.NeedsProjector;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.eventstore.messaging.IncomingEvent;
import io.dealstream.needs.application.NeedsService;
import io.dealstream.needs.domain.NeedsCommand;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A HIGH LeadQualified opens the opportunity's needs research (a MEDIUM lead re-graded HIGH later opens
 * it then). Once per event (inbox) and once per opportunity (the decider). PersonalDataErased drops the
 * erased subjects' clear copies from the needs reports.
 */
@ApplicationScoped
public class LeadEventsConsumer {

    private final EventStore store;
    private final NeedsService needs;
    private final InboxConsumer inbox;

    public LeadEventsConsumer(EventStore store, NeedsService needs, EventCodec codec) {
        this.store = store;
        this.needs = needs;
        this.inbox = new InboxConsumer(store, codec);
    }

    @Incoming("lead-events")
    public Uni<Void> onLeadEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, Topics.LEAD, handlers);
    }

    private final EventHandlers handlers = EventHandlers.of()
            .on(LeadQualified.class, this::openResearch)
            .on(PersonalDataErased.class, (tx, in, erased) -> ErasureFollower.follow(tx, erased, NeedsProjector::refresh))
            .on(ScenarioChanged.class, this::followScenario);

    /** A HIGH grade opens the research (once per cycle). */
    private Uni<Void> openResearch(EventStoreTx tx, IncomingEvent in, LeadQualified qualified) {
        if (qualified.intent() != Intent.HIGH) {
            return Uni.createFrom().voidItem();
        }
        NeedsCommand.Open open = new NeedsCommand.Open(store.clock().instant(), in.opportunityId(),
                in.time() != null ? in.time() : store.clock().instant(), qualified.customerName(), qualified.scenario(),
                qualified.accountId(), qualified.contact(), qualified.needSummary(), qualified.budgetRange(),
                qualified.cycleNumber());
        return needs.open(tx, open, in.correlationId(), in.eventId(), in.source()).replaceWithVoid();
    }

    /** The research follows the opportunity's scenario; one not opened yet takes it from LeadQualified. */
    private Uni<Void> followScenario(EventStoreTx tx, IncomingEvent in, ScenarioChanged s) {
        return needs.handleIfExists(tx, in.opportunityId(), new NeedsCommand.FollowScenario(tx.clock().instant(),
                s.scenario(), s.changedBy(), s.reason()), in.correlationId(), in.source());
    }
}
