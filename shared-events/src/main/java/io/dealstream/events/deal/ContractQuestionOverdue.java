package io.dealstream.events.deal;

import java.time.Instant;
import java.util.UUID;

/** A question on the contract went 24 h without its written answer (appended once). */
public record ContractQuestionOverdue(UUID questionId, Instant dueAt) implements DealEvent {
}
