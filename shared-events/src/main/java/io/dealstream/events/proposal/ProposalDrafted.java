package io.dealstream.events.proposal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.DecisionProcess;
import io.dealstream.events.common.InCycle;
import io.dealstream.events.common.Pain;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.common.Scenario;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;

/**
 * A proposal draft (revision 1), pre-filled from the confirmed needs; drafted again as the sales team
 * fills the five parts until it is presented. Added fields: {@code coverage} says how the solution
 * addresses each requirement; scenario, customer and account come from the confirmed needs. The draft that
 * opens a new {@code cycle} starts the proposal afresh (a reopened opportunity's new proposal). The opening
 * draft carries the confirmed {@code decisionProcess}: the key people and their preferences, to use in it.
 * {@code cycle}: the opportunity's sales cycle (1 for its first run through the stages; a deferred or
 * lost opportunity graded HIGH again starts the next); absent on events stored before cycles were recorded
 * (cycle 1).
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
        @Nullable UUID accountId,
        @Nullable Integer cycle,
        @Nullable DecisionProcess decisionProcess) implements ProposalEvent, InCycle {

    public ProposalDrafted(UUID proposalId, int revision, ProposalSections sections, List<String> differentiators,
            List<Requirement> requirements, List<Pain> pains, List<String> goals, List<RequirementCoverage> coverage,
            Scenario scenario, String customerName, UUID accountId) {
        this(proposalId, revision, sections, differentiators, requirements, pains, goals, coverage, scenario,
                customerName, accountId, null, null);
    }

    public ProposalDrafted(UUID proposalId, int revision, ProposalSections sections, List<String> differentiators,
            List<Requirement> requirements, List<Pain> pains, List<String> goals, List<RequirementCoverage> coverage,
            Scenario scenario, String customerName, UUID accountId, Integer cycle) {
        this(proposalId, revision, sections, differentiators, requirements, pains, goals, coverage, scenario,
                customerName, accountId, cycle, null);
    }
}
