package io.dealstream.events.needs;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** Staff withdrew the link before the customer used it. */
public record NeedsLinkRevoked(UUID linkId, Instant revokedAt, String revokedBy)
        implements NeedsEvent, CustomerLinkEvent.Revoked {
}
