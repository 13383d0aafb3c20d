package io.dealstream.lead.sla;

import io.dealstream.events.lead.FollowUpKind;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineHandler;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.lead.application.LeadService;
import io.dealstream.lead.domain.LeadCommand;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import java.util.UUID;

/** A stage-1 deadline passed unmet: the lead gets its FollowUpOverdue (once: the claim is exclusive). */
@ApplicationScoped
public class LeadDeadlineHandler implements DeadlineHandler {

    public static final String ACTOR = "deadline-scheduler";

    private final LeadService leads;

    public LeadDeadlineHandler(LeadService leads) {
        this.leads = leads;
    }

    @Override
    public Uni<Void> onDue(EventStoreTx tx, Deadline deadline) {
        LeadCommand.MarkOverdue command = new LeadCommand.MarkOverdue(tx.clock().instant(),
                FollowUpKind.valueOf(deadline.kind()), deadline.dueAt());
        return leads.handle(tx, deadline.streamId(), OptionalLong.empty(), command, UUID.randomUUID(), null, ACTOR)
                .replaceWithVoid();
    }
}
