package io.dealstream.proposal.api;

import jakarta.validation.constraints.DecimalMax;
import io.dealstream.events.common.Quote;
import io.dealstream.events.common.QuoteLine;
import io.dealstream.events.proposal.ObjectionOutcome;
import io.dealstream.events.proposal.ObjectionType;
import io.dealstream.events.proposal.ProposalSections;
import io.dealstream.events.proposal.RequirementCoverage;
import io.dealstream.events.proposal.TrustMaterialKind;
import io.dealstream.events.proposal.ValueMetric;
import io.dealstream.proposal.domain.ProposalCommand;
import jakarta.validation.Valid;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the stage-3/4 commands. */
public final class ProposalRequests {

    private ProposalRequests() {
    }

    public record MetricDto(@NotBlank @Size(max = 200) String metric, @NotNull @DecimalMin(value = "-1e15", inclusive = false) @DecimalMax(value = "1e15", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal baseline,
            @NotNull @DecimalMin(value = "-1e15", inclusive = false) @DecimalMax(value = "1e15", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal expected, @NotBlank @Size(max = 50) String unit) {
    }

    public record LineDto(@NotBlank @Size(max = 500) String item,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1e12", inclusive = false) @Digits(integer = 12, fraction = 4) BigDecimal quantity,
            @NotNull @DecimalMin("0") @DecimalMax(value = "1e15", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal unitPrice) {
    }

    public record QuoteDto(@NotEmpty @Size(max = 200) List<@Valid @NotNull LineDto> lines,
            @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR") String currency,
            @NotNull @DecimalMin("0") @DecimalMax(value = "1e17", inclusive = false) @Digits(integer = 17, fraction = 6) BigDecimal total) {
        Quote toQuote() {
            return new Quote(lines.stream().map(l -> new QuoteLine(l.item(), l.quantity(), l.unitPrice())).toList(),
                    currency, total);
        }
    }

    public record CoverageDto(@NotBlank @Size(max = 50) String requirementId, @NotBlank @Size(max = 2000) String how) {
    }

    @Schema(description = "The five parts, in their order, plus differentiators, requirement coverage, the risks and "
            + "limitations (required to present: the transparency rule) and, for a KEY_ACCOUNT, the custom parts",
            example = """
            {"painRestatement": "Planning takes two days a week; unplanned downtime in winter.",
             "solution": "Integrated asset register with predictive maintenance planning.",
             "implementationPath": "Week 1-2 data migration; week 3-6 rollout per depot; week 7 acceptance.",
             "valueQuantification": [{"metric": "planning effort", "baseline": "16", "expected": "2", "unit": "hours/week"}],
             "quote": {"lines": [{"item": "licence", "quantity": "12", "unitPrice": "2500.00"},
                                 {"item": "implementation", "quantity": "1", "unitPrice": "18000.00"}],
                       "currency": "EUR", "total": "48000.00"},
             "differentiators": ["7x24 response", "two rail operators as references"],
             "coverage": [{"requirementId": "R1", "how": "asset register module"}],
             "risks": ["data migration depends on the customer's export from the old ERP"],
             "customParts": ["interface to the customer's depot scheduling system"],
             "attachments": [{"kind": "CHART", "title": "planning hours before and after", "documentRef": "DMS-2026-0107"}]}""")
    public record AttachmentDto(@NotNull io.dealstream.events.proposal.Attachment.Kind kind,
            @NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 500) String documentRef) {
    }

    public record Draft(@Size(max = 20_000) String painRestatement, @Size(max = 20_000) String solution,
            @Size(max = 20_000) String implementationPath,
            @NotNull @Size(max = 50) List<@Valid @NotNull MetricDto> valueQuantification,
            @Valid QuoteDto quote,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 500) String> differentiators,
            @NotNull @Size(max = 200) List<@Valid @NotNull CoverageDto> coverage,
            @Size(max = 50) List<@NotBlank @Size(max = 2000) String> risks,
            @Size(max = 50) List<@NotBlank @Size(max = 2000) String> customParts,
            @Schema(description = "Charts, case screenshots and other documents of the deck, by document reference")
            @Size(max = 50) List<@Valid @NotNull AttachmentDto> attachments) {
        ProposalSections sections() {
            return new ProposalSections(blankToNull(painRestatement), blankToNull(solution),
                    blankToNull(implementationPath), valueQuantification.stream()
                    .map(m -> new ValueMetric(m.metric(), m.baseline(), m.expected(), m.unit())).toList(),
                    quote == null ? null : quote.toQuote(), risks == null ? null : List.copyOf(risks),
                    customParts == null ? null : List.copyOf(customParts),
                    attachments == null ? null : attachments.stream().map(a -> new io.dealstream.events.proposal.Attachment(
                            a.kind(), a.title().strip(), a.documentRef().strip())).toList());
        }

        List<RequirementCoverage> coverageList() {
            return coverage.stream().map(c -> new RequirementCoverage(c.requirementId(), c.how())).toList();
        }
    }

    @Schema(example = """
            {"notes": "Rehearsal with the solution architect; shortened the demo to 20 minutes."}""")
    public record Rehearsal(@NotBlank @Size(max = 4000) String notes) {
    }

    public record ObjectionDto(@NotNull ObjectionType type, @NotBlank @Size(max = 4000) String description,
            Instant raisedAt, @NotBlank @Size(max = 200) String owner) {
        ProposalCommand.NewObjection toObjection(Instant now) {
            return new ProposalCommand.NewObjection(type, description, raisedAt, owner);
        }
    }

    @Schema(description = "The presentation record; Q&A time defaults to the SOP's 30 minutes", example = """
            {"attendees": ["Li Wei (CTO)", "Alice (sales)"], "qaMinutes": 30,
             "questions": ["Can the rollout start in April?"],
             "objections": [{"type": "PRICE", "description": "quote above budget", "owner": "alice"}],
             "comparableCases": ["Nordic Rail: planning from two days to two hours"]}""")
    public record Presentation(Instant presentedAt, @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> attendees,
            @Schema(description = "The comparable cases shown (required: the SOP's focus on the core pains)")
            @Size(max = 20) List<@NotBlank @Size(max = 1000) String> comparableCases,
            @Min(0) @Max(600) Integer qaMinutes, @NotNull @Size(max = 200) List<@NotBlank @Size(max = 2000) String> questions,
            @NotNull @Size(max = 50) List<@Valid @NotNull ObjectionDto> objections) {
    }

    @Schema(description = "A customer question", example = """
            {"text": "Can the rollout start in April?", "owner": "alice"}""")
    public record QuestionDto(@NotBlank @Size(max = 4000) String text, Instant raisedAt,
            @NotBlank @Size(max = 200) String owner) {
    }

    @Schema(example = """
            {"answer": "Yes: the data migration can start on 1 April; see the revised plan."}""")
    public record QuestionAnswerDto(@NotBlank @Size(max = 10_000) String answer, Instant answeredAt) {
    }

    @Schema(example = """
            {"response": "Pay in three phases to lower the first outlay.", "evidence": []}""")
    public record Answer(@NotBlank @Size(max = 10_000) String response, @NotNull @Size(max = 50) List<@NotNull UUID> evidence,
            Instant answeredAt) {
    }

    @Schema(example = """
            {"outcome": "RESOLVED", "customerFeedback": "phased payment works for finance", "nextStep": "send revision"}""")
    public record Outcome(@NotNull ObjectionOutcome outcome, @NotBlank @Size(max = 4000) String customerFeedback,
            @Size(max = 2000) String nextStep) {
    }

    @Schema(example = """
            {"kind": "SERVICE_COMMITMENT", "description": "30-day no-questions refund"}""")
    public record TrustMaterialDto(@NotNull TrustMaterialKind kind, @NotBlank @Size(max = 4000) String description) {
    }

    @Schema(description = "The whole revised content and why; changes are marked per section")
    public record RevisionDto(@NotNull @Valid Draft content, @NotBlank @Size(max = 4000) String reason) {
    }

    @Schema(example = """
            {"confirmedBy": "Li Wei, CTO"}""")
    public record RevisionConfirmation(@NotBlank @Size(max = 200) String confirmedBy, Instant confirmedAt,
            @Schema(description = "Where the customer gave the confirmation (their mail, a signed copy); the "
                    + "customer confirms themselves through a CONFIRM_PROPOSAL_REVISION link instead")
            @Size(max = 200) String reference) {
    }

    @Schema(example = """
            {"overrideReason": "customer accepts the residual risk in writing"}""")
    public record Acceptance(@Size(max = 4000) String overrideReason) {
    }

    @Schema(example = """
            {"reason": "budget frozen until next fiscal year"}""")
    public record Rejection(@NotBlank @Size(max = 4000) String reason) {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
