package io.dealstream.events.delivery;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** The customer first opened the link's page. */
public record DeliveryLinkOpened(UUID linkId, Instant openedAt) implements DeliveryEvent, CustomerLinkEvent.Opened {
}
