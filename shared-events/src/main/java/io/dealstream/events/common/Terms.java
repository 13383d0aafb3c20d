package io.dealstream.events.common;

import io.dealstream.events.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * Commercial terms as negotiated and contracted. {@code lines} are what the price buys when the
 * negotiation changed the scope of the proposal's quote (absent: the proposal's quote lines); the price
 * is never above their exact sum, and the difference is the negotiated discount.
 */
public record Terms(
        Money price,
        int paymentTermDays,
        String paymentMethod,
        LocalDate deliveryDate,
        String liability,
        @Nullable List<String> serviceScope,
        @Nullable List<QuoteLine> lines) {

    /** Terms over the proposal's quote lines. */
    public Terms(Money price, int paymentTermDays, String paymentMethod, LocalDate deliveryDate, String liability,
            List<String> serviceScope) {
        this(price, paymentTermDays, paymentMethod, deliveryDate, liability, serviceScope, null);
    }
}
