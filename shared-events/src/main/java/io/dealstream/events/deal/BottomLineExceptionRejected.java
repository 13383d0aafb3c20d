package io.dealstream.events.deal;

import io.dealstream.events.Nullable;
import java.util.List;

/** A manager refused the bottom-line exception, with a reason; the request's author and reason kept beside it. */
public record BottomLineExceptionRejected(int round, List<String> breaches, String approver, String reason,
        @Nullable String requestedBy, @Nullable String requestReason) implements DealEvent {
}
