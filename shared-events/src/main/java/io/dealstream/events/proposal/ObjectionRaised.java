package io.dealstream.events.proposal;

import java.time.Instant;
import java.util.UUID;

/** A typed objection; a written answer is due within 24 h (cross-service: analytics, partners). */
public record ObjectionRaised(
        UUID objectionId,
        ObjectionType type,
        String description,
        Instant raisedAt,
        String owner,
        Instant responseDueAt) implements ProposalEvent {
}
