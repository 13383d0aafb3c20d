package io.dealstream.events.deal;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** Staff withdrew the link before the customer used it. */
public record DealLinkRevoked(UUID linkId, Instant revokedAt, String revokedBy)
        implements DealEvent, CustomerLinkEvent.Revoked {
}
