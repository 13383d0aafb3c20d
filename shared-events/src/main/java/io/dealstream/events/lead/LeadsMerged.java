package io.dealstream.events.lead;

import java.util.UUID;

/** Two leads of the same customer were merged; both histories stay reachable. */
public record LeadsMerged(UUID survivorLeadId, UUID mergedLeadId) implements LeadEvent {
}
