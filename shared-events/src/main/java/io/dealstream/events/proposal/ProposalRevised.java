package io.dealstream.events.proposal;

import io.dealstream.events.Nullable;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * A revised proposal with its changes marked per section; {@code sections} (added field) is the whole
 * revised content, {@code coverage} its requirement coverage.
 */
public record ProposalRevised(@Min(2) int revision, List<SectionChange> changes, String reason,
        @Nullable ProposalSections sections, @Nullable List<RequirementCoverage> coverage) implements ProposalEvent {
}
