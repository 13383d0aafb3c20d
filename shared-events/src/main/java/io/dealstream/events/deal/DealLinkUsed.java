package io.dealstream.events.deal;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** The customer did the act through the link (the act's event, appended with it, carries the evidence). */
public record DealLinkUsed(UUID linkId, Instant usedAt) implements DealEvent, CustomerLinkEvent.Used {
}
