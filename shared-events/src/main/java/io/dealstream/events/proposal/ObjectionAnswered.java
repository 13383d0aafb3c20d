package io.dealstream.events.proposal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The written answer to an objection, with trust material as evidence. */
public record ObjectionAnswered(UUID objectionId, String response, List<UUID> evidence, Instant answeredAt)
        implements ProposalEvent {
}
