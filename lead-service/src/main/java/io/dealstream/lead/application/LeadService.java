package io.dealstream.lead.application;

import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.lead.domain.Lead;
import io.dealstream.lead.domain.LeadCommand;
import io.dealstream.lead.domain.LeadDeadlines;
import io.dealstream.lead.domain.LeadDecider;
import io.dealstream.lead.domain.TierPolicy;
import io.dealstream.lead.projection.LeadProjector;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.OptionalLong;
import java.util.UUID;

/** The lead command pipeline, configured: load, decide, append, deadlines, project. */
@Singleton
public class LeadService extends CommandExecutor<Lead, LeadCommand> {

    public LeadService(LeadConfig config, io.dealstream.eventstore.domain.ClientTimes times) {
        super("lead", new LeadDecider(new TierPolicy(config.deepTalk(), config.nurtureFollowUp(), config.reactivation()),
                times), LeadDeadlines.RULES, LeadProjector.INSTANCE);
    }

    /** Captures a new lead; its id is the opportunity id. */
    public Uni<Outcome<Lead>> capture(EventStoreTx tx, LeadCommand.Capture capture, UUID correlationId,
            String actor) {
        return execute(tx, capture.leadId(), OptionalLong.of(0), capture, correlationId, null, actor);
    }
}
