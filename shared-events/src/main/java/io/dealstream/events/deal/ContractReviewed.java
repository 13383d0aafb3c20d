package io.dealstream.events.deal;

import java.util.List;

/** Legal's review for compliance. */
public record ContractReviewed(String reviewer, boolean approved, List<ContractFinding> findings)
        implements DealEvent {
}
