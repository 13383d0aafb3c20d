package io.dealstream.events.proposal;

import java.time.Instant;
import java.util.UUID;

/** A customer question at or after the presentation: answered in writing within 24 h, like an objection. */
public record QuestionRaised(UUID questionId, String text, Instant raisedAt, String owner, Instant answerDueAt)
        implements ProposalEvent {
}
