package io.dealstream.events.deal;

import io.dealstream.events.SchemaVersion;
import io.dealstream.events.common.Money;
import io.dealstream.events.common.QuoteLine;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The order confirmation that follows the signed contract. It adds up to the cent: {@code subtotal} is
 * the exact sum of the items (quantity x unit price), {@code total = subtotal - discount}, and the total
 * is the contract price. v2: v1 had no subtotal or discount, so its items (at proposal prices) did not
 * add up to the negotiated total; {@link io.dealstream.events.Upcasters} derives both from a v1 payload.
 */
@SchemaVersion(2)
public record OrderConfirmed(UUID orderId, List<QuoteLine> items, Money subtotal, Money discount, Money total,
        LocalDate deliveryDate) implements DealEvent {
}
