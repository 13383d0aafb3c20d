package io.dealstream.events.deal;

import java.time.Instant;
import java.util.UUID;

/** The written answer to a question on the contract; {@code late} when given after its 24 h. */
public record ContractQuestionAnswered(UUID questionId, String answer, Instant answeredAt, boolean late)
        implements DealEvent {
}
