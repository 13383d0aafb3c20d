package io.dealstream.events.delivery;

import java.time.Instant;

/** No callback within 3 days of acceptance (appended once). */
public record CallbackOverdue(Instant dueAt) implements DeliveryEvent {
}
