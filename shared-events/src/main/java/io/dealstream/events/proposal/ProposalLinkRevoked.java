package io.dealstream.events.proposal;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** Staff withdrew the link before the customer used it. */
public record ProposalLinkRevoked(UUID linkId, Instant revokedAt, String revokedBy)
        implements ProposalEvent, CustomerLinkEvent.Revoked {
}
