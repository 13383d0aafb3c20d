package io.dealstream.deal.domain;

import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.Quote;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.common.Terms;
import io.dealstream.events.deal.BottomLines;
import io.dealstream.events.deal.Clause;
import io.dealstream.events.deal.Concession;
import io.dealstream.events.deal.ContractFinding;
import io.dealstream.events.deal.Counterpart;
import io.dealstream.events.deal.SigningMethod;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What can be asked of a deal; {@code now} comes from the service's clock. */
public sealed interface DealCommand {

    Instant now();

    record Open(Instant now, UUID opportunityId, Quote proposalQuote, Scenario scenario, String customerName,
            UUID accountId) implements DealCommand {
    }

    /**
     * The negotiation strategy. Once a round is held, changing a bottom line takes a manager
     * ({@code byManager}, the caller's role) and a {@code changeReason}.
     */
    record Prepare(Instant now, BottomLines bottomLines, Counterpart counterpart, List<Concession> concessions,
            String actor, boolean byManager, String changeReason) implements DealCommand {
    }

    /** A round; terms breaching a bottom line need {@code exceptionReason} (a request to a manager). */
    record HoldRound(Instant now, Terms terms, List<String> concessionsMade, String requestedBy, String exceptionReason)
            implements DealCommand {
    }

    record SignMinutes(Instant now, int round, String summary, String signedByCustomer, String signedByUs)
            implements DealCommand {
    }

    /** A manager's decision on a round's bottom-line exception; {@code byManager} is the caller's role. */
    record DecideException(Instant now, int round, boolean approve, String approver, boolean byManager, String reason)
            implements DealCommand {
    }

    record DraftContract(Instant now, UUID contractId, List<Clause> clauses) implements DealCommand {
    }

    /**
     * Legal's review; {@code overrides} maps a finding's {@link ContractLint#key} to legal's reason.
     * {@code byLegal} is the caller's role.
     */
    record Review(Instant now, String reviewer, boolean byLegal, boolean approved, List<ContractFinding> legalFindings,
            Map<String, String> overrides) implements DealCommand {
    }

    record SendForConfirmation(Instant now) implements DealCommand {
    }

    record Sign(Instant now, UUID orderId, SigningMethod method, Instant signedAt, List<String> signatories,
            List<MaintenanceCommitment> maintenance) implements DealCommand {
    }

    record Lose(Instant now, String stage, String reason, String competitor) implements DealCommand {
    }
}
