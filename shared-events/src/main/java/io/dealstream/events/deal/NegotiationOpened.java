package io.dealstream.events.deal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.InCycle;
import io.dealstream.events.common.Quote;
import io.dealstream.events.common.Scenario;
import java.util.UUID;

/**
 * An accepted proposal opened the negotiation (afresh for a new cycle).
 * {@code cycle}: the opportunity's sales cycle (1 for its first run through the stages; a deferred or
 * lost opportunity graded HIGH again starts the next); absent on events stored before cycles were recorded
 * (cycle 1).
 */
public record NegotiationOpened(UUID opportunityId, Quote proposalQuote, Scenario scenario,
        @Nullable String customerName, @Nullable UUID accountId, @Nullable Integer cycle) implements DealEvent, InCycle {

    public NegotiationOpened(UUID opportunityId, Quote proposalQuote, Scenario scenario, String customerName,
            UUID accountId) {
        this(opportunityId, proposalQuote, scenario, customerName, accountId, null);
    }
}
