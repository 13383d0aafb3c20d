package io.dealstream.events.common;

import io.dealstream.events.Nullable;
import java.time.LocalDate;
import java.util.List;

/** Commercial terms as negotiated and contracted. */
public record Terms(
        Money price,
        int paymentTermDays,
        String paymentMethod,
        LocalDate deliveryDate,
        String liability,
        @Nullable List<String> serviceScope) {
}
