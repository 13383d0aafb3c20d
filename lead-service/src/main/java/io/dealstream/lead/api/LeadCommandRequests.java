package io.dealstream.lead.api;

import io.dealstream.eventstore.http.BudgetRangeDto;
import io.dealstream.events.lead.ContactVia;
import io.dealstream.events.lead.FollowUpOutcome;
import io.dealstream.events.lead.Intent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the lead commands. */
public final class LeadCommandRequests {

    private LeadCommandRequests() {
    }

    @Schema(description = "The first contact and what was learned; the intent grade follows from it", example = """
            {"via": "PHONE", "summary": "introduced us; they plan a tender",
             "needStated": true, "budgetRange": {"min": "50000", "max": "80000", "currency": "EUR"}}""")
    public record FirstContact(
            @NotNull ContactVia via,
            @Schema(description = "When the contact took place (default: now); not in the future, back-dated at most "
                    + "dealstream.time.max-backdate") Instant contactedAt,
            @NotBlank @Size(max = 4000) String summary,
            @NotNull Boolean needStated,
            @Valid BudgetRangeDto budgetRange) {
    }

    @Schema(description = "Re-grade from new facts, or override the derived grade with a reason", example = """
            {"intent": "HIGH", "reason": "CFO confirmed the budget verbally"}""")
    public record Qualification(
            Boolean needStated,
            @Valid BudgetRangeDto budgetRange,
            @Schema(description = "an override of the SOP grade; needs a reason when it differs") Intent intent,
            @Size(max = 2000) String reason) {
    }

    @Schema(example = """
            {"material": "Case study: predictive maintenance at a rail operator", "channel": "email"}""")
    public record NurtureMaterial(@NotBlank @Size(max = 500) String material, @NotBlank @Size(max = 100) String channel) {
    }

    @Schema(example = """
            {"notes": "they asked for references", "outcome": "REACHED", "nextFollowUpAt": "2026-03-09T09:00:00Z"}""")
    public record FollowUp(
            @NotBlank @Size(max = 4000) String notes,
            @NotNull FollowUpOutcome outcome,
            Instant nextFollowUpAt,
            Boolean needStated,
            @Valid BudgetRangeDto budgetRange) {
    }

    @Schema(description = "The opportunity's new scenario and why", example = """
            {"scenario": "KEY_ACCOUNT", "reason": "group-wide rollout across 14 depots; board-level sponsor"}""")
    public record ScenarioChange(@NotNull io.dealstream.events.common.Scenario scenario,
            @NotBlank @Size(max = 4000) String reason) {
    }

    @Schema(example = """
            {"notes": "new budget year starts"}""")
    public record Reactivation(@NotBlank @Size(max = 4000) String notes) {
    }

    @Schema(example = """
            {"reason": "student project, no company behind it"}""")
    public record Disqualification(@NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "Merge another lead of the same customer into this one", example = """
            {"mergedLeadId": "6c1f8f2e-4b7a-4c1e-9a53-0b8f2d1e7a10"}""")
    public record Merge(@NotNull UUID mergedLeadId) {
    }
}
