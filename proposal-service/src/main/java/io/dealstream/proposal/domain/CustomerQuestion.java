package io.dealstream.proposal.domain;

import java.time.Instant;
import java.util.UUID;

/** A customer question at or after the presentation, and its written answer (due within 24 h). */
public record CustomerQuestion(UUID questionId, String text, Instant raisedAt, String owner, Instant answerDueAt,
        String answer, Instant answeredAt, boolean overdue) {

    public boolean answered() {
        return answer != null;
    }

    CustomerQuestion answer(String text, Instant at, boolean late) {
        return new CustomerQuestion(questionId, this.text, raisedAt, owner, answerDueAt, text, at, overdue || late);
    }

    CustomerQuestion markOverdue() {
        return new CustomerQuestion(questionId, text, raisedAt, owner, answerDueAt, answer, answeredAt, true);
    }
}
