package io.dealstream.events.proposal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.Quote;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.common.Scenario;
import java.util.List;
import java.util.UUID;

/**
 * The customer accepted a revision (cross-service: deal-service opens the negotiation).
 * {@code overrideReason} is set when accepted despite an unresolved objection.
 */
public record ProposalAccepted(
        UUID proposalId,
        int revision,
        Quote quote,
        String implementationPath,
        List<Requirement> requirements,
        Scenario scenario,
        @Nullable String customerName,
        @Nullable UUID accountId,
        @Nullable String overrideReason) implements ProposalEvent {
}
