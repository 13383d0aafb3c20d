package io.dealstream.events.proposal;

import io.dealstream.events.common.CustomerLinkEvent;
import java.time.Instant;
import java.util.UUID;

/** The customer did the act through the link (the act's event, appended with it, carries the evidence). */
public record ProposalLinkUsed(UUID linkId, Instant usedAt) implements ProposalEvent, CustomerLinkEvent.Used {
}
