package io.dealstream.delivery.application;

import io.dealstream.delivery.domain.Delivery;
import io.dealstream.delivery.domain.DeliveryCommand;
import io.dealstream.delivery.domain.DeliveryDeadlines;
import io.dealstream.delivery.domain.DeliveryDecider;
import io.dealstream.delivery.projection.DeliveryProjector;
import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.EventStoreTx;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.OptionalLong;
import java.util.UUID;

/** The delivery command pipeline, configured: load, decide, append, deadlines, project. */
@Singleton
public class DeliveryService extends CommandExecutor<Delivery, DeliveryCommand> {

    public DeliveryService(DeliveryConfig config, io.dealstream.eventstore.domain.ClientTimes times) {
        super("delivery", new DeliveryDecider(config.rules(), times),
                new DeliveryDeadlines(config.rules(), config.callbackWithin(), config.surveyAfter()),
                new DeliveryProjector(config));
    }

    public Uni<Outcome<Delivery>> open(EventStoreTx tx, DeliveryCommand.Open open, UUID correlationId,
            UUID causationId, String actor) {
        return execute(tx, open.opportunityId(), OptionalLong.empty(), open, correlationId, causationId, actor);
    }
}
