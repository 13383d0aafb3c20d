package io.dealstream.events.deal;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** The customer first opened the link's page. */
public record DealLinkOpened(UUID linkId, Instant openedAt) implements DealEvent, CustomerLinkEvent.Opened {
}
