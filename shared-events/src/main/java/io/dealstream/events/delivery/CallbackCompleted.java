package io.dealstream.events.delivery;

import java.time.Instant;
import java.util.List;

/** The first after-sales callback (due within 3 days of acceptance). */
public record CallbackCompleted(Instant at, String notes, List<String> adjustmentsRequested)
        implements DeliveryEvent {
}
