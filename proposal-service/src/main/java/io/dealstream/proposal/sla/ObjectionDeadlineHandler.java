package io.dealstream.proposal.sla;

import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineHandler;
import io.dealstream.eventstore.EventStoreTx;
import io.dealstream.proposal.application.ProposalService;
import io.dealstream.proposal.domain.ProposalCommand;
import io.dealstream.proposal.domain.ProposalDeadlines;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * An objection or a customer question without a written answer 24 h after it was raised:
 * ObjectionResponseOverdue or QuestionAnswerOverdue, once.
 */
@ApplicationScoped
public class ObjectionDeadlineHandler implements DeadlineHandler {

    public static final String ACTOR = "deadline-scheduler";

    private final ProposalService proposals;

    public ObjectionDeadlineHandler(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public Uni<Void> onDue(EventStoreTx tx, Deadline deadline) {
        UUID item = UUID.fromString(deadline.reference());
        ProposalCommand overdue = ProposalDeadlines.QUESTION_DEADLINE.equals(deadline.kind())
                ? new ProposalCommand.MarkQuestionOverdue(tx.clock().instant(), item, deadline.dueAt())
                : new ProposalCommand.MarkObjectionOverdue(tx.clock().instant(), item, deadline.dueAt());
        return proposals.handle(tx, deadline.streamId(), OptionalLong.empty(), overdue, UUID.randomUUID(), ACTOR)
                .replaceWithVoid();
    }
}
