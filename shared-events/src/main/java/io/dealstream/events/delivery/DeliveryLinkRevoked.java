package io.dealstream.events.delivery;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** Staff withdrew the link before the customer used it. */
public record DeliveryLinkRevoked(UUID linkId, Instant revokedAt, String revokedBy)
        implements DeliveryEvent, CustomerLinkEvent.Revoked {
}
