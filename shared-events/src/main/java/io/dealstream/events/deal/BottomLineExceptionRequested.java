package io.dealstream.events.deal;

import java.util.List;

/** Terms of a round breach a bottom line; a manager must decide. */
public record BottomLineExceptionRequested(int round, List<String> breaches, String requestedBy, String reason)
        implements DealEvent {
}
