package io.dealstream.proposal.application;

import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.proposal.domain.Proposal;
import io.dealstream.proposal.domain.ProposalCommand;
import io.dealstream.proposal.domain.ProposalDeadlines;
import io.dealstream.proposal.domain.ProposalDecider;
import io.dealstream.proposal.projection.ProposalProjector;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The proposal command pipeline, configured: load, decide, append, deadlines, project. */
@Singleton
public class ProposalService extends CommandExecutor<Proposal, ProposalCommand> {

    public ProposalService(@ConfigProperty(name = "dealstream.proposal.answer-within", defaultValue = "PT24H")
            Duration answerWithin,
            @ConfigProperty(name = "dealstream.proposal.required-rehearsals", defaultValue = "2") int rehearsals,
            io.dealstream.eventstore.domain.ClientTimes times) {
        super("proposal", new ProposalDecider(answerWithin, rehearsals, times), ProposalDeadlines.RULES,
                ProposalProjector.INSTANCE);
    }

    public Uni<Outcome<Proposal>> open(EventStoreTx tx, ProposalCommand.Open open, UUID correlationId,
            UUID causationId, String actor) {
        return execute(tx, open.opportunityId(), OptionalLong.empty(), open, correlationId, causationId, actor);
    }
}
