package io.dealstream.needs.application;

import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.needs.domain.NeedsCommand;
import io.dealstream.needs.domain.NeedsDeadlines;
import io.dealstream.needs.domain.NeedsDecider;
import io.dealstream.needs.domain.NeedsResearch;
import io.dealstream.needs.projection.NeedsProjector;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The needs-research command pipeline, configured: load, decide, append, deadlines, project. */
@Singleton
public class NeedsService extends CommandExecutor<NeedsResearch, NeedsCommand> {

    public NeedsService(@ConfigProperty(name = "dealstream.needs.deep-talk-within", defaultValue = "PT24H")
            Duration deepTalkWithin,
            @ConfigProperty(name = "dealstream.needs.listening-share", defaultValue = "0.6") double listeningShare,
            io.dealstream.eventstore.domain.ClientTimes times) {
        super("needs research", new NeedsDecider(deepTalkWithin, listeningShare, times), NeedsDeadlines.RULES,
                NeedsProjector.INSTANCE);
    }

    /** Opens the research of an opportunity unless it is open already (the stream id is the opportunity id). */
    public Uni<Outcome<NeedsResearch>> open(EventStoreTx tx, NeedsCommand.Open open, UUID correlationId,
            UUID causationId, String actor) {
        return execute(tx, open.opportunityId(), OptionalLong.empty(), open, correlationId, causationId, actor);
    }
}
