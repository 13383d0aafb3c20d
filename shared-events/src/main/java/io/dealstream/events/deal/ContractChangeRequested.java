package io.dealstream.events.deal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.LinkEvidence;
import java.util.List;

/**
 * At the last confirmation the customer asked for changes: the contract goes back to drafting with the
 * amended clauses ({@code amendedClauses}, each replacing or adding the clause of that title), and legal
 * reviews it again before it is sent anew. {@code amendment} counts the amendments (1, 2, ...). {@code evidence}:
 * the customer asked for the changes themselves, through the contract's link (absent: recorded by staff).
 */
public record ContractChangeRequested(int amendment, String reason, List<Clause> amendedClauses,
        List<String> amendedTitles, @Nullable LinkEvidence evidence) implements DealEvent {

    public ContractChangeRequested(int amendment, String reason, List<Clause> amendedClauses, List<String> amendedTitles) {
        this(amendment, reason, amendedClauses, amendedTitles, null);
    }
}
