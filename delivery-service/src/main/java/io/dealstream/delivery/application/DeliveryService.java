package io.dealstream.delivery.application;

import io.dealstream.delivery.domain.Delivery;
import io.dealstream.delivery.domain.DeliveryCommand;
import io.dealstream.delivery.domain.DeliveryDecider;
import io.dealstream.delivery.projection.DeliveryProjector;
import io.dealstream.eventstore.CommandExecutor;
import io.dealstream.eventstore.EventMetadata;
import io.dealstream.eventstore.EventStoreTx;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import java.util.UUID;

/** Runs delivery commands: load, decide, append, project, in the caller's transaction. */
@ApplicationScoped
public class DeliveryService {

    private final DeliveryDecider decider;
    private final DeliveryProjector projector;

    public DeliveryService(DeliveryConfig config, io.dealstream.eventstore.domain.ClientTimes times) {
        this.decider = new DeliveryDecider(config.rules(), times);
        this.projector = new DeliveryProjector(config);
    }

    public Uni<CommandExecutor.Outcome<Delivery>> open(EventStoreTx tx, DeliveryCommand.Open open, UUID correlationId,
            UUID causationId, String actor) {
        EventMetadata metadata = new EventMetadata(open.opportunityId(), correlationId, causationId, actor);
        return CommandExecutor.execute(tx, open.opportunityId(), OptionalLong.empty(), metadata, decider, open, projector);
    }

    public Uni<CommandExecutor.Outcome<Delivery>> handle(EventStoreTx tx, UUID opportunityId,
            OptionalLong expectedVersion, DeliveryCommand command, UUID correlationId, String actor) {
        EventMetadata metadata = new EventMetadata(opportunityId, correlationId, null, actor);
        return CommandExecutor.executeOnExisting(tx, "delivery", opportunityId, expectedVersion, metadata, decider,
                command, projector);
    }
}
