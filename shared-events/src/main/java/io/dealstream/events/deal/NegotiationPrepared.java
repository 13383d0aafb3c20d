package io.dealstream.events.deal;

import io.dealstream.events.Nullable;
import java.util.List;

/**
 * The negotiation strategy: bottom lines, counterpart analysis, concessions, and the prepared responses (talk
 * tracks: what we answer to the customer's likely concerns; absent on strategies stored before they were).
 */
public record NegotiationPrepared(BottomLines bottomLines, Counterpart counterpart, List<Concession> concessions,
        @Nullable List<String> responses) implements DealEvent {

    public NegotiationPrepared(BottomLines bottomLines, Counterpart counterpart, List<Concession> concessions) {
        this(bottomLines, counterpart, concessions, null);
    }
}
