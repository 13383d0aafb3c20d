package io.dealstream.events.deal;

import io.dealstream.events.common.Money;
import jakarta.validation.constraints.Min;
import java.util.List;

/** What we will not go beyond: lowest price, longest payment term, service scope. */
public record BottomLines(Money minPrice, @Min(0) int maxPaymentTermDays, List<String> serviceScope) {
}
