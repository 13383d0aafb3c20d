package io.dealstream.needs.projection;

import io.dealstream.needs.domain.NeedsResearch;
import java.time.Instant;
import java.util.UUID;

/**
 * The needs analysis report as frontends read it: the status and its flags, and the whole template
 * (outline, meeting with 5 Whys, report, requirements, confirmation) under {@code report}.
 */
public record NeedsView(UUID opportunityId, String customerName, String scenario, String status,
        Instant deepTalkDueAt, boolean overdue, boolean meetingHeld, boolean listeningRuleBreached, long version,
        Instant createdAt, Instant updatedAt, NeedsResearch report) {
}
