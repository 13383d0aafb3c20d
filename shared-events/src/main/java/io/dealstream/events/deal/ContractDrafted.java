package io.dealstream.events.deal;

import io.dealstream.events.common.Terms;
import io.dealstream.events.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * The contract draft with the agreed terms. {@code fewerRoundsReason}: why a KEY_ACCOUNT contract is drafted
 * after fewer negotiation rounds than expected (absent otherwise).
 */
public record ContractDrafted(UUID contractId, List<Clause> clauses, Terms terms, @Nullable String fewerRoundsReason)
        implements DealEvent {

    public ContractDrafted(UUID contractId, List<Clause> clauses, Terms terms) {
        this(contractId, clauses, terms, null);
    }
}
