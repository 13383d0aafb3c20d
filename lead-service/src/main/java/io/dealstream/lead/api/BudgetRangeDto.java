package io.dealstream.lead.api;

import io.dealstream.events.common.BudgetRange;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** A rough budget range; at least one bound, in an ISO 4217 currency. */
public record BudgetRangeDto(
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal min,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal max,
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR") String currency) {

    @AssertTrue(message = "needs min or max, and min must not exceed max")
    public boolean isBounded() {
        return (min != null || max != null) && (min == null || max == null || min.compareTo(max) <= 0);
    }

    public BudgetRange toBudgetRange() {
        return new BudgetRange(min, max, currency);
    }

    static BudgetRange toBudgetRange(BudgetRangeDto dto) {
        return dto == null ? null : dto.toBudgetRange();
    }
}
