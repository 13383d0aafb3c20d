package io.dealstream.deal.domain;

import static io.dealstream.eventstore.DeadlineChange.meet;
import static io.dealstream.eventstore.DeadlineChange.open;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.deal.ContractQuestionAnswered;
import io.dealstream.events.deal.ContractQuestionRaised;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineChange;
import io.dealstream.eventstore.DeadlineRules;
import io.dealstream.eventstore.links.CustomerLinks;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The 24 h written answer to each question the customer asks at the contract's last confirmation; a customer link
 * is due at its expiry (DealLinkExpired if its act is still awaited then).
 */
public enum DealDeadlines implements DeadlineRules<Deal, DealCommand> {
    RULES;

    public static final String CONTRACT_QUESTION = "CONTRACT_QUESTION_24H";

    @Override
    public List<DeadlineChange> changes(Deal state, DomainEvent e) {
        if (e instanceof ContractQuestionRaised q) {
            return List.of(open(CONTRACT_QUESTION, q.questionId().toString(), q.answerDueAt()));
        }
        if (e instanceof ContractQuestionAnswered a) {
            return List.of(meet(CONTRACT_QUESTION, a.questionId().toString()));
        }
        return CustomerLinks.deadlineChanges(e);
    }

    /** A question on the contract without a written answer 24 h after it was raised: ContractQuestionOverdue, once. */
    @Override
    public DealCommand missed(Deadline deadline, Instant now) {
        if (CustomerLinks.DEADLINE.equals(deadline.kind())) {
            return new DealCommand.MarkLinkUnused(now, UUID.fromString(deadline.reference()), deadline.dueAt());
        }
        return new DealCommand.MarkQuestionOverdue(now, UUID.fromString(deadline.reference()), deadline.dueAt());
    }
}
