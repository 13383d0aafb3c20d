package io.dealstream.events.delivery;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** The link expired unused while the customer's act was still awaited: overdue, like any missed deadline. */
public record DeliveryLinkExpired(UUID linkId, Instant expiredAt) implements DeliveryEvent, CustomerLinkEvent.Expired {
}
