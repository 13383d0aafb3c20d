package io.dealstream.deal.sla;

import io.dealstream.deal.application.DealService;
import io.dealstream.deal.domain.DealCommand;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineHandler;
import io.dealstream.eventstore.EventStoreTx;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import java.util.UUID;

/** A question on the contract without a written answer 24 h after it was raised: ContractQuestionOverdue, once. */
@ApplicationScoped
public class ContractQuestionDeadlineHandler implements DeadlineHandler {

    public static final String ACTOR = "deadline-scheduler";

    private final DealService deals;

    public ContractQuestionDeadlineHandler(DealService deals) {
        this.deals = deals;
    }

    @Override
    public Uni<Void> onDue(EventStoreTx tx, Deadline deadline) {
        return deals.handle(tx, deadline.streamId(), OptionalLong.empty(),
                new DealCommand.MarkQuestionOverdue(tx.clock().instant(), UUID.fromString(deadline.reference()),
                        deadline.dueAt()), UUID.randomUUID(), ACTOR).replaceWithVoid();
    }
}
