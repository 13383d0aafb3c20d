package io.dealstream.events.delivery;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** The customer did the act through the link (the act's event, appended with it, carries the evidence). */
public record DeliveryLinkUsed(UUID linkId, Instant usedAt) implements DeliveryEvent, CustomerLinkEvent.Used {
}
