package io.dealstream.lead.application;

import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.EventMetadata;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.lead.domain.Lead;
import io.dealstream.lead.domain.LeadCommand;
import io.dealstream.lead.domain.LeadDecider;
import io.dealstream.lead.domain.TierPolicy;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import java.util.UUID;

/** Runs lead commands: load, decide, append, project, in the caller's transaction. */
@ApplicationScoped
public class LeadService {

    private final LeadDecider decider;

    public LeadService(LeadConfig config, io.dealstream.eventstore.domain.ClientTimes times) {
        this.decider = new LeadDecider(new TierPolicy(config.deepTalk(), config.nurtureFollowUp(), config.reactivation()),
                times);
    }

    public LeadDecider decider() {
        return decider;
    }

    /** Captures a new lead; its id is the opportunity id. */
    public Uni<CommandExecutor.Outcome<Lead>> capture(EventStoreTx tx, LeadCommand.Capture capture, UUID correlationId,
            String actor) {
        EventMetadata metadata = new EventMetadata(capture.leadId(), correlationId, null, actor);
        return CommandExecutor.execute(tx, capture.leadId(), OptionalLong.of(0), metadata, decider, capture,
                LeadProjector.INSTANCE);
    }

    /** Any other command on an existing lead. */
    public Uni<CommandExecutor.Outcome<Lead>> handle(EventStoreTx tx, UUID leadId, OptionalLong expectedVersion,
            LeadCommand command, UUID correlationId, UUID causationId, String actor) {
        EventMetadata metadata = new EventMetadata(leadId, correlationId, causationId, actor);
        return CommandExecutor.executeOnExisting(tx, "lead", leadId, expectedVersion, metadata, decider, command,
                LeadProjector.INSTANCE);
    }
}
