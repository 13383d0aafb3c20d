package io.dealstream.deal.application;

import io.dealstream.deal.domain.Deal;
import io.dealstream.deal.domain.DealCommand;
import io.dealstream.deal.domain.DealDeadlines;
import io.dealstream.deal.domain.DealDecider;
import io.dealstream.deal.projection.DealProjector;
import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.EventStoreTx;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The deal command pipeline, configured: load, decide, append, deadlines, project. */
@Singleton
public class DealService extends CommandExecutor<Deal, DealCommand> {

    public DealService(io.dealstream.eventstore.domain.ClientTimes times,
            @ConfigProperty(name = "dealstream.deal.key-account-rounds", defaultValue = "3") int keyAccountRounds,
            @ConfigProperty(name = "dealstream.deal.answer-within", defaultValue = "PT24H") Duration answerWithin,
            @ConfigProperty(name = "dealstream.deal.required-rehearsals", defaultValue = "1") int rehearsals) {
        super("deal", new DealDecider(times, keyAccountRounds, answerWithin, rehearsals), DealDeadlines.RULES,
                DealProjector.INSTANCE);
    }

    public Uni<Outcome<Deal>> open(EventStoreTx tx, DealCommand.Open open, UUID correlationId, UUID causationId,
            String actor) {
        return execute(tx, open.opportunityId(), OptionalLong.empty(), open, correlationId, causationId, actor);
    }
}
