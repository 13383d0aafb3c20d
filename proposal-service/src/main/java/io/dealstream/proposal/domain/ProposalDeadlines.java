package io.dealstream.proposal.domain;

import static io.dealstream.eventstore.DeadlineChange.meet;
import static io.dealstream.eventstore.DeadlineChange.open;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.proposal.ObjectionAnswered;
import io.dealstream.events.proposal.ObjectionRaised;
import io.dealstream.events.proposal.QuestionAnswered;
import io.dealstream.events.proposal.QuestionRaised;
import io.dealstream.eventstore.DeadlineChange;
import io.dealstream.eventstore.DeadlineRules;
import java.util.List;

/** Every objection and every customer question has its 24 h written answer: opened when raised, met when answered. */
public enum ProposalDeadlines implements DeadlineRules<Proposal> {
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
        return List.of();
    }
}
