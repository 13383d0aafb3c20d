package io.dealstream.events.deal;

import java.util.List;

/** A manager refused the bottom-line exception. */
public record BottomLineExceptionRejected(int round, List<String> breaches, String approver, String reason)
        implements DealEvent {
}
