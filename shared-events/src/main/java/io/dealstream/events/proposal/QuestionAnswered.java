package io.dealstream.events.proposal;

import java.time.Instant;
import java.util.UUID;

/** The written answer to a customer question; {@code late} when given after its 24 h. */
public record QuestionAnswered(UUID questionId, String answer, Instant answeredAt, boolean late)
        implements ProposalEvent {
}
