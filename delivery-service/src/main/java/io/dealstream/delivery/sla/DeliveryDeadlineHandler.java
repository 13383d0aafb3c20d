package io.dealstream.delivery.sla;

import io.dealstream.delivery.application.DeliveryService;
import io.dealstream.delivery.domain.DeliveryCommand;
import io.dealstream.delivery.domain.DeliveryDecider;
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
        String reference = deadline.reference();
        int week = DeliveryDecider.PROGRESS_REPORT.equals(deadline.kind()) && !reference.isEmpty()
                ? Integer.parseInt(reference) : 0;
        return deliveries.handle(tx, deadline.streamId(), OptionalLong.empty(),
                new DeliveryCommand.MarkOverdue(tx.clock().instant(), deadline.kind(), week, deadline.dueAt(), reference),
                UUID.randomUUID(), ACTOR).replaceWithVoid();
    }
}
