package io.dealstream.needs.application;

import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.EventMetadata;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.needs.domain.NeedsCommand;
import io.dealstream.needs.domain.NeedsDecider;
import io.dealstream.needs.domain.NeedsResearch;
import io.dealstream.needs.projection.NeedsProjector;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs needs commands: load, decide, append, project, in the caller's transaction. */
@ApplicationScoped
public class NeedsService {

    private final NeedsDecider decider;

    public NeedsService(@ConfigProperty(name = "dealstream.needs.deep-talk-within", defaultValue = "PT24H")
            Duration deepTalkWithin,
            @ConfigProperty(name = "dealstream.needs.listening-share", defaultValue = "0.6") double listeningShare,
            io.dealstream.eventstore.domain.ClientTimes times) {
        this.decider = new NeedsDecider(deepTalkWithin, listeningShare, times);
    }

    /** Opens the research of an opportunity unless it is open already (the stream id is the opportunity id). */
    public Uni<CommandExecutor.Outcome<NeedsResearch>> open(EventStoreTx tx, NeedsCommand.Open open, UUID correlationId,
            UUID causationId, String actor) {
        EventMetadata metadata = new EventMetadata(open.opportunityId(), correlationId, causationId, actor);
        return CommandExecutor.execute(tx, open.opportunityId(), OptionalLong.empty(), metadata, decider, open,
                NeedsProjector.INSTANCE);
    }

    public Uni<CommandExecutor.Outcome<NeedsResearch>> handle(EventStoreTx tx, UUID opportunityId,
            OptionalLong expectedVersion, NeedsCommand command, UUID correlationId, String actor) {
        EventMetadata metadata = new EventMetadata(opportunityId, correlationId, null, actor);
        return CommandExecutor.executeOnExisting(tx, "needs research", opportunityId, expectedVersion, metadata,
                decider, command, NeedsProjector.INSTANCE);
    }

    public NeedsDecider decider() {
        return decider;
    }
}
