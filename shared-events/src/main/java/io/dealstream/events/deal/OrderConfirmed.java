package io.dealstream.events.deal;

import io.dealstream.events.common.Money;
import io.dealstream.events.common.QuoteLine;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The order confirmation that follows the signed contract. */
public record OrderConfirmed(UUID orderId, List<QuoteLine> items, Money total, LocalDate deliveryDate)
        implements DealEvent {
}
