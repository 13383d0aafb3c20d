package io.dealstream.eventstore.http;

import io.dealstream.events.common.BudgetRange;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rough budget range, as a lead's qualification and the needs analysis take it: at least one bound, in an
 * ISO 4217 currency. What the schema can say is validated as a 400; that min does not exceed max, which no
 * schema keyword states, is the rule budget-range-inverted (422).
 */
@Schema(minProperties = 2, description = "A rough budget: the currency and at least one bound (min, max); min must "
        + "not exceed max (422 budget-range-inverted)")
public record BudgetRangeDto(
        @DecimalMin("0") @DecimalMax(value = "1e15", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal min,
        @DecimalMin("0") @DecimalMax(value = "1e15", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal max,
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR") String currency) {

    @Schema(hidden = true) // a rule on the bounds, not a field
    @AssertTrue(message = "needs min or max")
    public boolean isBounded() {
        return min != null || max != null;
    }

    public BudgetRange toBudgetRange() {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw DomainRuleViolation.unprocessable("budget-range-inverted",
                    "the budget's min " + min.toPlainString() + " exceeds its max " + max.toPlainString());
        }
        return new BudgetRange(min, max, currency);
    }

    /** The range of an optional budget: null stays null. */
    public static BudgetRange toBudgetRange(BudgetRangeDto dto) {
        return dto == null ? null : dto.toBudgetRange();
    }
}
