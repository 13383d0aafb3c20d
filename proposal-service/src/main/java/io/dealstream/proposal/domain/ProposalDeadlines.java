package io.dealstream.proposal.domain;

import static io.dealstream.eventstore.DeadlineChange.meet;
import static io.dealstream.eventstore.DeadlineChange.open;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.proposal.ObjectionAnswered;
import io.dealstream.events.proposal.ObjectionRaised;
import io.dealstream.events.proposal.QuestionAnswered;
import io.dealstream.events.proposal.QuestionRaised;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineChange;
import io.dealstream.eventstore.DeadlineRules;
import io.dealstream.eventstore.links.CustomerLinks;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every objection and every customer question has its 24 h written answer: opened when raised, met when answered. A
 * customer link is due at its expiry, met when used or withdrawn.
 */
public enum ProposalDeadlines implements DeadlineRules<Proposal, ProposalCommand> {
    RULES;

    public static final String ANSWER_DEADLINE = "OBJECTION_ANSWER_24H";
    public static final String QUESTION_DEADLINE = "QUESTION_ANSWER_24H";

    @Override
    public List<DeadlineChange> changes(Proposal state, DomainEvent e) {
        if (e instanceof ObjectionRaised o) {
            return List.of(open(ANSWER_DEADLINE, o.objectionId().toString(), o.responseDueAt()));
        }
        if (e instanceof ObjectionAnswered a) {
            return List.of(meet(ANSWER_DEADLINE, a.objectionId().toString()));
        }
        if (e instanceof QuestionRaised q) {
            return List.of(open(QUESTION_DEADLINE, q.questionId().toString(), q.answerDueAt()));
        }
        if (e instanceof QuestionAnswered a) {
            return List.of(meet(QUESTION_DEADLINE, a.questionId().toString()));
        }
        return CustomerLinks.deadlineChanges(e);
    }

    /** An objection or a question without its written answer 24 h after it was raised: overdue, once. */
    @Override
    public ProposalCommand missed(Deadline deadline, Instant now) {
        UUID item = UUID.fromString(deadline.reference());
        if (CustomerLinks.DEADLINE.equals(deadline.kind())) {
            return new ProposalCommand.MarkLinkUnused(now, item, deadline.dueAt());
        }
        return QUESTION_DEADLINE.equals(deadline.kind())
                ? new ProposalCommand.MarkQuestionOverdue(now, item, deadline.dueAt())
                : new ProposalCommand.MarkObjectionOverdue(now, item, deadline.dueAt());
    }
}
