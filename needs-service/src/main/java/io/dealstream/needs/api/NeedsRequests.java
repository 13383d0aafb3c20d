package io.dealstream.needs.api;

import io.dealstream.eventstore.http.BudgetRangeDto;
import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.DecisionProcess;
import io.dealstream.events.common.KeyPerson;
import io.dealstream.events.common.Pain;
import io.dealstream.events.common.Priority;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.needs.DiscoveryMeetingHeld;
import io.dealstream.events.needs.NeedsAnalysed;
import io.dealstream.events.needs.ResearchQuestion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import io.dealstream.eventstore.http.SignatureDto;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the stage-2 commands. */
public final class NeedsRequests {

    private NeedsRequests() {
    }

    public record Question(@NotNull ResearchQuestion.Theme theme, @NotBlank @Size(max = 1000) String text,
            @NotNull ResearchQuestion.Kind kind) {
        ResearchQuestion toQuestion() {
            return new ResearchQuestion(theme, text.strip(), kind);
        }
    }

    @Schema(description = "The deep conversation's time and form; arranging it within 24 h of the HIGH grade meets "
            + "the SOP's 24 h rule", example = """
            {"scheduledFor": "2026-04-02T09:00:00Z", "format": "ONSITE", "notes": "at the customer's Hamburg depot"}""")
    public record DeepTalkArrangement(@NotNull java.time.Instant scheduledFor, @NotNull DiscoveryMeetingHeld.Format format,
            @Size(max = 4000) String notes) {
    }

    @Schema(description = "The research outline: background reading and questions on the four themes", example = """
            {"backgroundNotes": "Annual report 2025: maintenance cost up 18 %; rail freight margins shrinking",
             "questions": [
               {"theme": "CURRENT_STATE", "text": "How does maintenance planning work today?", "kind": "OPEN"},
               {"theme": "GOAL", "text": "Ideally, what do you want to reach?", "kind": "OPEN"},
               {"theme": "OBSTACLE", "text": "What is the biggest obstacle now?", "kind": "OPEN"},
               {"theme": "BUDGET", "text": "Is a budget approved for this year?", "kind": "CLOSED"}]}""")
    public record Outline(@NotBlank @Size(max = 10_000) String backgroundNotes,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull Question> questions) {
    }

    public record Participant(@NotBlank @Size(max = 200) String name, @NotNull DiscoveryMeetingHeld.Role role) {
    }

    public record FiveWhys(@NotBlank @Size(max = 1000) String pain,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 1000) String> whys,
            @NotBlank @Size(max = 1000) String rootCause) {
    }

    @Schema(description = "The discovery meeting", example = """
            {"format": "ONSITE", "durationMinutes": 90, "participants": [{"name": "Alice", "role": "SALES_LEAD"}, {"name": "Raj", "role": "TECH_EXPERT"},
                              {"name": "Li Wei", "role": "CUSTOMER"}],
             "customerTalkShare": 0.65,
             "fiveWhys": [{"pain": "planning takes two days a week",
                           "whys": ["data comes from three systems", "no shared asset register"],
                           "rootCause": "asset data is not integrated"}],
             "expertNotes": "SAP PM 6.0 with custom fields; 14 depots; nightly CSV export is the only interface"}""")
    public record Meeting(@NotNull DiscoveryMeetingHeld.Format format,
            @NotNull @Min(1) @Max(24 * 60) Integer durationMinutes,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull Participant> participants,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double customerTalkShare,
            @NotNull @Size(max = 50) List<@Valid @NotNull FiveWhys> fiveWhys,
            Instant heldAt,
            @Schema(description = "The technical expert's notes: the specialist details of the conversation")
            @NotBlank @Size(max = 20_000) String expertNotes,
            @Schema(description = "For a VIDEO meeting: the equipment was tested beforehand (required true)")
            Boolean equipmentTested) {
    }

    @Schema(description = "The hand-off of the classified needs to the solution design team", example = """
            {"team": "solution design rail", "handedTo": "Raj Patel", "notes": "predictive module needs a feasibility check"}""")
    public record Handoff(@NotBlank @Size(max = 200) String team, @NotBlank @Size(max = 200) String handedTo,
            @Size(max = 4000) String notes) {
    }

    public record PainDto(@NotNull @Min(1) Integer rank, @NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 2000) String scenario) {
        Pain toPain() {
            return new Pain(rank, description.strip(), scenario.strip());
        }
    }

    public record KeyPersonDto(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String role,
            @NotNull KeyPerson.Influence influence,
            @Schema(description = "What this person cares about (price, service, risk ...); carried into the proposal")
            @Size(max = 2000) String preferences) {
    }

    public record DecisionProcessDto(@NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 1000) String> steps,
            @NotEmpty @Size(max = 30) List<@Valid @NotNull KeyPersonDto> keyPeople) {
        DecisionProcess toDecisionProcess() {
            return new DecisionProcess(List.copyOf(steps),
                    keyPeople.stream().map(k -> new KeyPerson(k.name(), k.role(), k.influence(),
                            k.preferences() == null || k.preferences().isBlank() ? null : k.preferences().strip())).toList());
        }
    }

    @Schema(description = "The needs analysis report (template)", example = """
            {"method": "MEETING", "currentState": "Planning by spreadsheet from three systems",
             "pains": [{"rank": 1, "description": "planning takes two days a week", "scenario": "weekly depot planning"},
                       {"rank": 2, "description": "unplanned downtime", "scenario": "locomotive failures in winter"}],
             "goals": ["plan in two hours", "halve unplanned downtime"],
             "budgetRange": {"min": "50000", "max": "80000", "currency": "EUR"},
             "decisionProcess": {"steps": ["COO proposes", "board approves above 50k"],
                                 "keyPeople": [{"name": "Li Wei", "role": "CTO", "influence": "DECIDER"}]}}""")
    public record Analysis(@NotNull NeedsAnalysed.Method method, @NotBlank @Size(max = 10_000) String currentState,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull PainDto> pains,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 2000) String> goals,
            @Valid BudgetRangeDto budgetRange,
            @NotNull @Valid DecisionProcessDto decisionProcess,
            @Schema(description = "The day of the research; for a MEETING it defaults to the meeting's day, for a "
                    + "QUESTIONNAIRE or INTERVIEW it is required") java.time.LocalDate researchDate) {
    }

    public record RequirementDto(@NotBlank @Size(max = 50) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String id,
            @NotBlank @Size(max = 2000) String text, @NotNull Priority priority, @Min(1) Integer painRank) {
        Requirement toRequirement() {
            return new Requirement(id, text.strip(), priority, painRank);
        }
    }

    @Schema(description = "Each need classed MUST (solves a pain: name its rank), SHOULD or COULD", example = """
            {"requirements": [
              {"id": "R1", "text": "integrated asset register", "priority": "MUST", "painRank": 1},
              {"id": "R2", "text": "predictive failure alerts", "priority": "SHOULD"},
              {"id": "R3", "text": "mobile app for technicians", "priority": "COULD"}]}""")
    public record Classification(@NotEmpty @Size(max = 200) List<@Valid @NotNull RequirementDto> requirements) {
    }

    @Schema(example = """
            {"documentRef": "DMS-2026-0042"}""")
    public record ConfirmationRequest(@NotBlank @Size(max = 200) String documentRef) {
    }

    @Schema(description = "The needs confirmation signed by both sides", example = """
            {"signatures": [
               {"side": "CUSTOMER", "name": "Li Wei", "role": "CTO", "method": "PAPER", "documentRef": "DMS-2026-0042-signed"},
               {"side": "OURS", "name": "Alice Keller", "role": "Sales lead", "method": "ELECTRONIC"}],
             "documentRef": "DMS-2026-0042-signed"}""")
    public record Confirmation(@NotEmpty @Size(max = 20) List<@Valid @NotNull SignatureDto> signatures,
            @Size(max = 200) String documentRef) {
    }

    @Schema(example = """
            {"disputedBy": "Li Wei, CTO", "points": ["budget is 40k, not 50k", "R3 is not wanted"]}""")
    public record Dispute(@NotBlank @Size(max = 200) String disputedBy,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 2000) String> points) {
    }
}
