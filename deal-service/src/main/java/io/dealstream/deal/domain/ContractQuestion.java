package io.dealstream.deal.domain;

import java.time.Instant;
import java.util.UUID;

/** A customer question at the contract's last confirmation, and its written answer (due within 24 h). */
public record ContractQuestion(UUID questionId, String text, Instant raisedAt, Instant answerDueAt, String answer,
        Instant answeredAt, boolean overdue) {

    public boolean answered() {
        return answer != null;
    }

    ContractQuestion answer(String text, Instant at, boolean late) {
        return new ContractQuestion(questionId, this.text, raisedAt, answerDueAt, text, at, overdue || late);
    }

    ContractQuestion markOverdue() {
        return new ContractQuestion(questionId, text, raisedAt, answerDueAt, answer, answeredAt, true);
    }
}
