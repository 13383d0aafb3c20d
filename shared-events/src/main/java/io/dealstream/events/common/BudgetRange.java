package io.dealstream.events.common;

import io.dealstream.events.Nullable;
import java.math.BigDecimal;

/** A rough budget range as the customer stated it; either bound may be open. */
public record BudgetRange(@Nullable BigDecimal min, @Nullable BigDecimal max, String currency) {
}
