package io.dealstream.deal.api;

import jakarta.validation.constraints.DecimalMax;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.MaintenanceKind;
import io.dealstream.events.common.Money;
import io.dealstream.events.common.QuoteLine;
import io.dealstream.events.common.Terms;
import io.dealstream.events.deal.BottomLines;
import io.dealstream.events.deal.Clause;
import io.dealstream.events.deal.Concession;
import io.dealstream.events.deal.ContractFinding;
import io.dealstream.events.deal.Counterpart;
import io.dealstream.events.deal.SigningMethod;
import io.dealstream.eventstore.http.SignatureDto;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the stage-5 commands. */
public final class DealRequests {

    private DealRequests() {
    }

    public record MoneyDto(@NotNull @DecimalMin("0") @DecimalMax(value = "1e15", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR") String currency) {
        Money toMoney() {
            return new Money(amount, currency);
        }
    }

    public record BottomLinesDto(@NotNull @Valid MoneyDto minPrice, @NotNull @Min(0) @Max(3650) Integer maxPaymentTermDays,
            @NotNull @Size(max = 100) List<@NotBlank @Size(max = 500) String> serviceScope) {
    }

    public record CounterpartDto(@NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 500) String> decisionChain,
            @NotBlank @Size(max = 500) String budgetAuthority,
            @NotNull @Size(max = 30) List<@NotBlank @Size(max = 1000) String> concerns) {
    }

    public record ConcessionDto(@NotBlank @Size(max = 1000) String give, @NotBlank @Size(max = 1000) String get) {
    }

    @Schema(description = "The negotiation strategy", example = """
            {"bottomLines": {"minPrice": {"amount": "42000.00", "currency": "EUR"}, "maxPaymentTermDays": 30,
                             "serviceScope": ["licence", "implementation", "training"]},
             "counterpart": {"decisionChain": ["COO", "CFO", "board"], "budgetAuthority": "CFO up to 50k",
                             "concerns": ["price", "service after go-live"]},
             "concessions": [{"give": "extra training day", "get": "no price cut"}],
             "responses": ["If price: show the cost of two planning days a week against the licence"]}""")
    public record Preparation(@NotNull @Valid BottomLinesDto bottomLines, @NotNull @Valid CounterpartDto counterpart,
            @NotNull @Size(max = 50) List<@Valid @NotNull ConcessionDto> concessions,
            @Schema(description = "The prepared responses (talk tracks) to the customer's likely concerns")
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 2000) String> responses,
            @Schema(description = "Why the bottom lines change; required (with the manager role) once a round is held")
            @Size(max = 4000) String changeReason) {
        BottomLines toBottomLines() {
            return new BottomLines(bottomLines.minPrice().toMoney(), bottomLines.maxPaymentTermDays(),
                    List.copyOf(bottomLines.serviceScope()));
        }

        Counterpart toCounterpart() {
            return new Counterpart(List.copyOf(counterpart.decisionChain()), counterpart.budgetAuthority(),
                    List.copyOf(counterpart.concerns()));
        }

        List<Concession> toConcessions() {
            return concessions.stream().map(c -> new Concession(c.give(), c.get())).toList();
        }
    }

    public record LineDto(@NotBlank @Size(max = 500) String item,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1e12", inclusive = false) @Digits(integer = 12, fraction = 4) BigDecimal quantity,
            @NotNull @DecimalMin("0") @DecimalMax(value = "1e15", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal unitPrice) {
        QuoteLine toLine() {
            return new QuoteLine(item.strip(), quantity, unitPrice);
        }
    }

    public record TermsDto(@NotNull @Valid MoneyDto price, @NotNull @Min(0) @Max(3650) Integer paymentTermDays,
            @NotBlank @Size(max = 200) String paymentMethod, @NotNull LocalDate deliveryDate,
            @NotBlank @Size(max = 4000) String liability,
            @Size(max = 100) List<@NotBlank @Size(max = 500) String> serviceScope,
            @Schema(description = "What the price buys when the negotiation changed the quote's scope (default: the "
                    + "proposal's quote lines). The price may not exceed their exact sum; the difference is the discount "
                    + "shown on the order confirmation.")
            @Size(max = 200) List<@Valid @NotNull LineDto> lines) {
        Terms toTerms() {
            return new Terms(price.toMoney(), paymentTermDays, paymentMethod, deliveryDate, liability,
                    serviceScope == null ? null : List.copyOf(serviceScope),
                    lines == null || lines.isEmpty() ? null : lines.stream().map(LineDto::toLine).toList());
        }
    }

    @Schema(description = "A negotiation round; terms beyond a bottom line need exceptionReason (a manager decides)",
            example = """
            {"terms": {"price": {"amount": "45000.00", "currency": "EUR"}, "paymentTermDays": 30,
                       "paymentMethod": "bank transfer", "deliveryDate": "2026-06-30",
                       "liability": "capped at the contract value", "serviceScope": ["licence", "implementation"]},
             "concessionsMade": ["extra training day"]}""")
    public record RoundDto(@NotNull @Valid TermsDto terms,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 1000) String> concessionsMade,
            @Size(max = 4000) String exceptionReason) {
    }

    @Schema(description = "The round's minutes, signed by both sides", example = """
            {"summary": "price 45k agreed, delivery end of June",
             "signatures": [{"side": "CUSTOMER", "name": "Li Wei", "role": "CTO", "method": "PAPER", "documentRef": "DMS-signed"},
                            {"side": "OURS", "name": "Alice Keller", "role": "Sales lead", "method": "ELECTRONIC"}]}""")
    public record MinutesDto(@NotBlank @Size(max = 10_000) String summary,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull SignatureDto> signatures) {
    }

    @Schema(example = """
            {"reason": "strategic reference customer in the rail segment"}""")
    public record ExceptionDecision(@NotBlank @Size(max = 4000) String reason) {
    }

    public record ClauseDto(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 50_000) String text) {
        Clause toClause() {
            return new Clause(title.strip(), text.strip());
        }
    }

    @Schema(description = "The contract's clauses; the terms are those of the last agreed round", example = """
            {"clauses": [{"title": "Service standard", "text": "Incidents answered within 4 hours, 7x24."},
                         {"title": "Confidentiality", "text": "Both parties keep all project data confidential for 5 years."},
                         {"title": "Dispute resolution", "text": "Arbitration in Zurich under Swiss law."},
                         {"title": "Liability", "text": "Liability is capped at the contract value."}]}""")
    public record ContractDraft(@NotEmpty @Size(max = 200) List<@Valid @NotNull ClauseDto> clauses,
            @Schema(description = "Why a KEY_ACCOUNT contract comes before the expected number of rounds")
            @Size(max = 4000) String fewerRoundsReason) {
    }

    @Schema(description = "A question of the customer at the contract's last confirmation", example = """
            {"text": "Does the liability cap include data loss?"}""")
    public record QuestionDto(@NotBlank @Size(max = 4000) String text, Instant raisedAt) {
    }

    @Schema(description = "The written answer to a question", example = """
            {"answer": "Yes: clause 7.2 caps data loss at the contract value; the annex lists the backups."}""")
    public record AnswerDto(@NotBlank @Size(max = 10_000) String answer, Instant answeredAt) {
    }

    @Schema(description = "The customer's change request: the clauses as amended (same title replaces)", example = """
            {"reason": "the customer's legal asks for Swiss law and a 4-hour response time",
             "amendedClauses": [{"title": "Dispute resolution", "text": "Arbitration in Zurich under Swiss law."},
                                {"title": "Service standard", "text": "Incidents answered within 4 hours, 7x24."}]}""")
    public record ChangeRequestDto(@NotBlank @Size(max = 4000) String reason,
            @NotEmpty @Size(max = 200) List<@Valid @NotNull ClauseDto> amendedClauses) {
    }

    public record FindingDto(@NotBlank @Size(max = 300) String clause, @NotNull ContractFinding.Kind kind,
            @NotBlank @Size(max = 4000) String text) {
    }

    public record OverrideDto(@NotBlank @Size(max = 300) String clause, @NotNull ContractFinding.Kind kind,
            @NotBlank @Size(max = 4000) String text, @NotBlank @Size(max = 4000) String reason) {
    }

    @Schema(description = "Legal's review: approved or not, own findings, and an override with a reason for each "
            + "finding of the service's check that legal accepts", example = """
            {"approved": true, "findings": [], "overrides": []}""")
    public record ReviewDto(@NotNull Boolean approved, @NotNull @Size(max = 200) List<@Valid @NotNull FindingDto> findings,
            @NotNull @Size(max = 200) List<@Valid @NotNull OverrideDto> overrides) {
    }

    public record MaintenanceDto(@NotNull MaintenanceKind kind, @NotNull @Min(1) @Max(120) Integer everyMonths,
            @NotBlank @Size(max = 1000) String description) {
        MaintenanceCommitment toCommitment() {
            return new MaintenanceCommitment(kind, everyMonths, description);
        }
    }

    @Schema(description = "The contract signed by both sides, and the maintenance it commits to", example = """
            {"signatures": [{"side": "CUSTOMER", "name": "Li Wei", "role": "CEO", "method": "PAPER", "documentRef": "DMS-C-17"},
                            {"side": "OURS", "name": "Mia Roth", "role": "Sales manager", "method": "PAPER", "documentRef": "DMS-C-17"}],
             "maintenance": [{"kind": "MONTHLY_INSPECTION", "everyMonths": 1, "description": "system inspection"},
                             {"kind": "QUARTERLY_TRAINING", "everyMonths": 3, "description": "user training"}]}""")
    public record Signature(@NotEmpty @Size(max = 20) List<@Valid @NotNull SignatureDto> signatures,
            @NotNull @Size(max = 20) List<@Valid @NotNull MaintenanceDto> maintenance) {
    }

    @Schema(example = """
            {"notes": "Role-played the CFO's price push; agreed to offer the training day before any discount."}""")
    public record Rehearsal(@NotBlank @Size(max = 4000) String notes) {
    }

    @Schema(example = """
            {"stage": "NEGOTIATION", "reason": "competitor 20 % cheaper", "competitor": "Initech"}""")
    public record Loss(@NotBlank @Size(max = 100) String stage, @NotBlank @Size(max = 4000) String reason,
            @Size(max = 200) String competitor) {
    }

    @Schema(description = "Clauses, or a single text, to check for vague wording and missing SOP clauses", example = """
            {"text": "Delivery as soon as possible, approximately 10 days."}""")
    public record LintRequest(@Size(max = 200) List<@Valid @NotNull ClauseDto> clauses, @Size(max = 100_000) String text) {
    }
}
