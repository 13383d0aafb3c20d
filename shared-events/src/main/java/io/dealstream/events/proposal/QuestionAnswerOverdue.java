package io.dealstream.events.proposal;

import java.time.Instant;
import java.util.UUID;

/** A customer question went 24 h without its written answer (appended once). */
public record QuestionAnswerOverdue(UUID questionId, Instant dueAt) implements ProposalEvent {
}
