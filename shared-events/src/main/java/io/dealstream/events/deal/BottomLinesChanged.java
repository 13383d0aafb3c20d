package io.dealstream.events.deal;

/**
 * A manager changed the bottom lines after the negotiation had begun (its first round): the previous and
 * the new lines, who changed them and why. Before the first round the preparation may simply be redone.
 */
public record BottomLinesChanged(BottomLines previous, BottomLines bottomLines, String changedBy, String reason)
        implements DealEvent {
}
