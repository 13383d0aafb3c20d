package io.dealstream.events.proposal;

import java.time.Instant;
import java.util.UUID;

/** No written answer within 24 h (appended once). */
public record ObjectionResponseOverdue(UUID objectionId, Instant dueAt) implements ProposalEvent {
}
