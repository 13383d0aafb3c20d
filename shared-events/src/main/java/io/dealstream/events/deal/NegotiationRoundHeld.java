package io.dealstream.events.deal;

import io.dealstream.events.common.Terms;
import jakarta.validation.constraints.Min;
import java.util.List;

/** One negotiation round with the proposed terms and the concessions made. */
public record NegotiationRoundHeld(@Min(1) int round, Terms proposedTerms, List<String> concessionsMade)
        implements DealEvent {
}
