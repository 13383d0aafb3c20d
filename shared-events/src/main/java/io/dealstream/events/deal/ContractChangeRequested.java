package io.dealstream.events.deal;

import java.util.List;

/**
 * At the last confirmation the customer asked for changes: the contract goes back to drafting with the
 * amended clauses ({@code amendedClauses}, each replacing or adding the clause of that title), and legal
 * reviews it again before it is sent anew. {@code amendment} counts the amendments (1, 2, ...).
 */
public record ContractChangeRequested(int amendment, String reason, List<Clause> amendedClauses,
        List<String> amendedTitles) implements DealEvent {
}
