package io.dealstream.deal.application;

import io.dealstream.deal.domain.Deal;
import io.dealstream.deal.domain.DealCommand;
import io.dealstream.deal.domain.DealDecider;
import io.dealstream.deal.projection.DealProjector;
import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.EventMetadata;
import io.dealstream.eventstore.EventStoreTx;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import java.util.UUID;

/** Runs deal commands: load, decide, append, project, in the caller's transaction. */
@ApplicationScoped
public class DealService {

    private final DealDecider decider;

    public DealService(io.dealstream.eventstore.domain.ClientTimes times,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "dealstream.deal.key-account-rounds",
                    defaultValue = "3") int keyAccountRounds,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "dealstream.deal.answer-within",
                    defaultValue = "PT24H") java.time.Duration answerWithin,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "dealstream.deal.required-rehearsals",
                    defaultValue = "1") int rehearsals) {
        this.decider = new DealDecider(times, keyAccountRounds, answerWithin, rehearsals);
    }

    public Uni<CommandExecutor.Outcome<Deal>> open(EventStoreTx tx, DealCommand.Open open, UUID correlationId,
            UUID causationId, String actor) {
        EventMetadata metadata = new EventMetadata(open.opportunityId(), correlationId, causationId, actor);
        return CommandExecutor.execute(tx, open.opportunityId(), OptionalLong.empty(), metadata, decider, open,
                DealProjector.INSTANCE);
    }

    public Uni<CommandExecutor.Outcome<Deal>> handle(EventStoreTx tx, UUID opportunityId, OptionalLong expectedVersion,
            DealCommand command, UUID correlationId, String actor) {
        EventMetadata metadata = new EventMetadata(opportunityId, correlationId, null, actor);
        return CommandExecutor.executeOnExisting(tx, "deal", opportunityId, expectedVersion, metadata, decider, command,
                DealProjector.INSTANCE);
    }
}
