package io.dealstream.events.deal;

import java.time.Instant;
import java.util.UUID;

/** The customer's question at the contract's last confirmation: answered in writing within 24 h. */
public record ContractQuestionRaised(UUID questionId, String text, Instant raisedAt, Instant answerDueAt)
        implements DealEvent {
}
