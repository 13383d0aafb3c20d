package io.dealstream.events.deal;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** The link expired unused while the customer's act was still awaited: overdue, like any missed deadline. */
public record DealLinkExpired(UUID linkId, Instant expiredAt) implements DealEvent, CustomerLinkEvent.Expired {
}
