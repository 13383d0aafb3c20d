package io.dealstream.events.proposal;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** The link expired unused while the customer's act was still awaited: overdue, like any missed deadline. */
public record ProposalLinkExpired(UUID linkId, Instant expiredAt) implements ProposalEvent, CustomerLinkEvent.Expired {
}
