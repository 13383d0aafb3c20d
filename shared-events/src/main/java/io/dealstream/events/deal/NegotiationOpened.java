package io.dealstream.events.deal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.Quote;
import io.dealstream.events.common.Scenario;
import java.util.UUID;

/** An accepted proposal opened the negotiation. */
public record NegotiationOpened(UUID opportunityId, Quote proposalQuote, Scenario scenario,
        @Nullable String customerName, @Nullable UUID accountId) implements DealEvent {
}
