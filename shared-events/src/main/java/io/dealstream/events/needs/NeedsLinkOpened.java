package io.dealstream.events.needs;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** The customer first opened the link's page. */
public record NeedsLinkOpened(UUID linkId, Instant openedAt) implements NeedsEvent, CustomerLinkEvent.Opened {
}
