package io.dealstream.delivery.sla;

import io.dealstream.delivery.application.DeliveryService;
import io.dealstream.delivery.domain.DeliveryCommand;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineHandler;
import io.dealstream.eventstore.EventStoreTx;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import java.util.UUID;

/** A missed weekly report, callback or survey: its overdue event, once. */
@ApplicationScoped
public class DeliveryDeadlineHandler implements DeadlineHandler {

    public static final String ACTOR = "deadline-scheduler";

    private final DeliveryService deliveries;

    public DeliveryDeadlineHandler(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public Uni<Void> onDue(EventStoreTx tx, Deadline deadline) {
        int week = deadline.reference().isEmpty() ? 0 : Integer.parseInt(deadline.reference());
        return deliveries.handle(tx, deadline.streamId(), OptionalLong.empty(),
                new DeliveryCommand.MarkOverdue(tx.clock().instant(), deadline.kind(), week, deadline.dueAt()),
                UUID.randomUUID(), ACTOR).replaceWithVoid();
    }
}
