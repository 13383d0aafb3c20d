package io.dealstream.events.deal;

import java.util.List;

/** The negotiation strategy: bottom lines, counterpart analysis, concessions. */
public record NegotiationPrepared(BottomLines bottomLines, Counterpart counterpart, List<Concession> concessions)
        implements DealEvent {
}
