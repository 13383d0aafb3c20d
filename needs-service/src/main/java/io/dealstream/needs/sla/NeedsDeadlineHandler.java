package io.dealstream.needs.sla;

import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineHandler;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.needs.application.NeedsService;
import io.dealstream.needs.domain.NeedsCommand;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import java.util.UUID;

/** No discovery meeting within 24 h of the HIGH grade: DeepTalkOverdue, once. */
@ApplicationScoped
public class NeedsDeadlineHandler implements DeadlineHandler {

    public static final String ACTOR = "deadline-scheduler";

    private final NeedsService needs;

    public NeedsDeadlineHandler(NeedsService needs) {
        this.needs = needs;
    }

    @Override
    public Uni<Void> onDue(EventStoreTx tx, Deadline deadline) {
        return needs.handle(tx, deadline.streamId(), OptionalLong.empty(),
                new NeedsCommand.MarkDeepTalkOverdue(tx.clock().instant(), deadline.dueAt()), UUID.randomUUID(), ACTOR)
                .replaceWithVoid();
    }
}
