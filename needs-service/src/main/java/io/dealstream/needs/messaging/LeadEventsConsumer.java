package io.dealstream.needs.messaging;

import io.dealstream.events.Topics;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.events.lead.PersonalDataErased;
import io.dealstream.events.lead.ScenarioChanged;
import io.dealstream.eventstore.messaging.EventConsumer;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.eventstore.privacy.ErasureFollower;
import io.dealstream.needs.application.NeedsService;
import io.dealstream.needs.domain.NeedsCommand;
import io.dealstream.needs.projection.NeedsProjector;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A HIGH LeadQualified opens the opportunity's needs research (a MEDIUM lead re-graded HIGH later opens
 * it then). Once per event (inbox) and once per opportunity cycle (the decider). The research follows a
 * changed scenario (one not opened yet takes it from LeadQualified). PersonalDataErased drops the erased
 * subjects' clear copies from the needs reports.
 */
@Singleton
public class LeadEventsConsumer extends EventConsumer {

    public LeadEventsConsumer(InboxConsumer inbox, NeedsService needs) {
        super(inbox, EventHandlers.of()
                .on(LeadQualified.class, needs.opening((now, in, q) -> q.intent() != Intent.HIGH ? null
                        : new NeedsCommand.Open(now, in.opportunityId(), in.time() != null ? in.time() : now,
                                q.customerName(), q.scenario(), q.accountId(), q.contact(), q.needSummary(),
                                q.budgetRange(), q.cycleNumber())))
                .on(ScenarioChanged.class, needs.followingIfOpen((now, in, s) ->
                        new NeedsCommand.FollowScenario(now, s.scenario(), s.changedBy(), s.reason())))
                .on(PersonalDataErased.class, (tx, in, erased) -> ErasureFollower.follow(tx, erased,
                        NeedsProjector::refresh)));
    }

    @Incoming("lead-events")
    public Uni<Void> onLeadEvent(ConsumerRecord<String, String> record) {
        return consume(record, Topics.LEAD);
    }
}
