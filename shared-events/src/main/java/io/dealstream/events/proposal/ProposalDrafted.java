package io.dealstream.events.proposal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.Pain;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.common.Scenario;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;

/**
 * A proposal draft (revision 1), pre-filled from the confirmed needs; drafted again as the sales team
 * fills the five parts until it is presented. Added fields: {@code coverage} says how the solution
 * addresses each requirement; scenario, customer and account come from the confirmed needs.
 */
public record ProposalDrafted(
        UUID proposalId,
        @Min(1) int revision,
        ProposalSections sections,
        List<String> differentiators,
        @Nullable List<Requirement> requirements,
        @Nullable List<Pain> pains,
        @Nullable List<String> goals,
        @Nullable List<RequirementCoverage> coverage,
        @Nullable Scenario scenario,
        @Nullable String customerName,
        @Nullable UUID accountId) implements ProposalEvent {
}
