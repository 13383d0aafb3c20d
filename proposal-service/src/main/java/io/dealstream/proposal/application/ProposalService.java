package io.dealstream.proposal.application;

import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.EventMetadata;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.proposal.domain.Proposal;
import io.dealstream.proposal.domain.ProposalCommand;
import io.dealstream.proposal.domain.ProposalDecider;
import io.dealstream.proposal.projection.ProposalProjector;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs proposal commands: load, decide, append, project, in the caller's transaction. */
@ApplicationScoped
public class ProposalService {

    private final ProposalDecider decider;

    public ProposalService(@ConfigProperty(name = "dealstream.proposal.answer-within", defaultValue = "PT24H")
            Duration answerWithin,
            @ConfigProperty(name = "dealstream.proposal.required-rehearsals", defaultValue = "2") int rehearsals,
            io.dealstream.eventstore.domain.ClientTimes times) {
        this.decider = new ProposalDecider(answerWithin, rehearsals, times);
    }

    public Uni<CommandExecutor.Outcome<Proposal>> open(EventStoreTx tx, ProposalCommand.Open open, UUID correlationId,
            UUID causationId, String actor) {
        EventMetadata metadata = new EventMetadata(open.opportunityId(), correlationId, causationId, actor);
        return CommandExecutor.execute(tx, open.opportunityId(), OptionalLong.empty(), metadata, decider, open,
                ProposalProjector.INSTANCE);
    }

    public Uni<CommandExecutor.Outcome<Proposal>> handle(EventStoreTx tx, UUID opportunityId,
            OptionalLong expectedVersion, ProposalCommand command, UUID correlationId, String actor) {
        EventMetadata metadata = new EventMetadata(opportunityId, correlationId, null, actor);
        return CommandExecutor.executeOnExisting(tx, "proposal", opportunityId, expectedVersion, metadata, decider,
                command, ProposalProjector.INSTANCE);
    }
}
