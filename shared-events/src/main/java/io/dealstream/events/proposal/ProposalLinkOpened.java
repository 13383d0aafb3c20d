package io.dealstream.events.proposal;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** The customer first opened the link's page. */
public record ProposalLinkOpened(UUID linkId, Instant openedAt) implements ProposalEvent, CustomerLinkEvent.Opened {
}
