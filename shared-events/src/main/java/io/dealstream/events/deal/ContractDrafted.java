package io.dealstream.events.deal;

import io.dealstream.events.common.Terms;
import java.util.List;
import java.util.UUID;

/** The contract draft with the agreed terms. */
public record ContractDrafted(UUID contractId, List<Clause> clauses, Terms terms) implements DealEvent {
}
