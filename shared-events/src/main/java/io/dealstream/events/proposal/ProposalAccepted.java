package io.dealstream.events.proposal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.InCycle;
import io.dealstream.events.common.Quote;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.common.Scenario;
import java.util.List;
import java.util.UUID;

/**
 * The customer accepted a revision (cross-service: deal-service opens the negotiation).
 * {@code overrideReason} is set when accepted despite an unresolved objection.
 * {@code cycle}: the opportunity's sales cycle (1 for its first run through the stages; a deferred or
 * lost opportunity graded HIGH again starts the next); absent on events stored before cycles were recorded
 * (cycle 1).
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
        @Nullable String overrideReason,
        @Nullable Integer cycle) implements ProposalEvent, InCycle {

    public ProposalAccepted(UUID proposalId, int revision, Quote quote, String implementationPath,
            List<Requirement> requirements, Scenario scenario, String customerName, UUID accountId,
            String overrideReason) {
        this(proposalId, revision, quote, implementationPath, requirements, scenario, customerName, accountId,
                overrideReason, null);
    }
}
