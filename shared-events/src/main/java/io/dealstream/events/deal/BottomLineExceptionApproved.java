package io.dealstream.events.deal;

import io.dealstream.events.Nullable;
import java.util.List;

/**
 * A manager granted the bottom-line exception, with a reason of their own; the request's author and reason
 * are kept beside it (absent on events stored before they were recorded). The approver is never the
 * person who requested the exception.
 */
public record BottomLineExceptionApproved(int round, List<String> breaches, String approver, String reason,
        @Nullable String requestedBy, @Nullable String requestReason) implements DealEvent {
}
