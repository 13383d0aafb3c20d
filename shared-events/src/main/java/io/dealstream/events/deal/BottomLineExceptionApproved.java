package io.dealstream.events.deal;

import java.util.List;

/** A manager granted the bottom-line exception. */
public record BottomLineExceptionApproved(int round, List<String> breaches, String approver, String reason)
        implements DealEvent {
}
