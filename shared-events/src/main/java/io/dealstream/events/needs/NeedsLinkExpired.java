package io.dealstream.events.needs;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** The link expired unused while the report still awaited the customer: overdue, like any missed deadline. */
public record NeedsLinkExpired(UUID linkId, Instant expiredAt) implements NeedsEvent, CustomerLinkEvent.Expired {
}
