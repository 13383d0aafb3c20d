package io.dealstream.deal.domain;

import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.Quote;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.common.Signature;
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

    /** From the accepted proposal; a later {@code cycle} (a reopened opportunity) negotiates afresh. */
    /** lead-service changed the opportunity's scenario (ScenarioChanged): follow it. */
    record FollowScenario(Instant now, Scenario scenario, String changedBy, String reason) implements DealCommand {
    }

    record Open(Instant now, UUID opportunityId, Quote proposalQuote, Scenario scenario, String customerName,
            UUID accountId, int cycle) implements DealCommand {

        public Open(Instant now, UUID opportunityId, Quote proposalQuote, Scenario scenario, String customerName,
                UUID accountId) {
            this(now, opportunityId, proposalQuote, scenario, customerName, accountId, 1);
        }
    }

    /**
     * The negotiation strategy. Once a round is held, changing a bottom line takes a manager
     * ({@code byManager}, the caller's role) and a {@code changeReason}.
     */
    record Prepare(Instant now, BottomLines bottomLines, Counterpart counterpart, List<Concession> concessions,
            List<String> responses, String actor, boolean byManager, String changeReason) implements DealCommand {
    }

    /** An internal rehearsal of the negotiation before the rounds. */
    record Rehearse(Instant now, String notes) implements DealCommand {
    }

    /** A round; terms breaching a bottom line need {@code exceptionReason} (a request to a manager). */
    record HoldRound(Instant now, Terms terms, List<String> concessionsMade, String requestedBy, String exceptionReason)
            implements DealCommand {
    }

    /** The round's minutes, signed by both sides. */
    record SignMinutes(Instant now, int round, String summary, List<Signature> signatures) implements DealCommand {
    }

    /** A manager's decision on a round's bottom-line exception; {@code byManager} is the caller's role. */
    record DecideException(Instant now, int round, boolean approve, String approver, boolean byManager, String reason)
            implements DealCommand {
    }

    /** {@code fewerRoundsReason}: why a KEY_ACCOUNT contract comes before the expected number of rounds. */
    record DraftContract(Instant now, UUID contractId, List<Clause> clauses, String fewerRoundsReason)
            implements DealCommand {

        public DraftContract(Instant now, UUID contractId, List<Clause> clauses) {
            this(now, contractId, clauses, null);
        }
    }

    /** A question of the customer at the last confirmation; {@code raisedAt} null: now. */
    record RaiseQuestion(Instant now, UUID questionId, String text, Instant raisedAt) implements DealCommand {
    }

    /** The written answer; {@code answeredAt} null: now. */
    record AnswerQuestion(Instant now, UUID questionId, String answer, Instant answeredAt) implements DealCommand {
    }

    /** The deadline scheduler found a question unanswered 24 h after it was raised. */
    record MarkQuestionOverdue(Instant now, UUID questionId, Instant dueAt) implements DealCommand {
    }

    /** At the last confirmation the customer asks for changes: back to drafting with the amended clauses. */
    record RequestChange(Instant now, String reason, List<Clause> amendedClauses) implements DealCommand {
    }

    /**
     * Legal's review; {@code overrides} maps a finding's {@link ContractLint#key} to legal's reason.
     * {@code byLegal} is the caller's role.
     */
    record Review(Instant now, String reviewer, boolean byLegal, boolean approved, List<ContractFinding> legalFindings,
            Map<String, String> overrides) implements DealCommand {
    }

    /** {@code byManager}: the caller is a manager (sending a KEY_ACCOUNT contract needs one). */
    record SendForConfirmation(Instant now, boolean byManager) implements DealCommand {

        public SendForConfirmation(Instant now) {
            this(now, true);
        }
    }

    /** The contract signed by both sides (each signatory with role, time and method). */
    record Sign(Instant now, UUID orderId, List<Signature> signatures, List<MaintenanceCommitment> maintenance)
            implements DealCommand {
    }

    record Lose(Instant now, String stage, String reason, String competitor) implements DealCommand {
    }

    /**
     * Staff send the customer a link: to sign a round's minutes ({@code round}, {@code summary}) or to confirm and
     * sign the contract at its last confirmation ({@code maintenance}); our signatory signs as it is sent.
     */
    record SendLink(Instant now, UUID linkId, io.dealstream.events.common.CustomerAct act, java.time.Duration lifetime,
            String sentBy, String sentTo, String ourName, String ourRole, Integer round, String summary,
            List<MaintenanceCommitment> maintenance) implements DealCommand {
    }

    /** The customer opened the link's page. */
    record OpenLink(Instant now, UUID linkId) implements DealCommand {
    }

    /** Staff withdraw a link the customer has not used. */
    record RevokeLink(Instant now, UUID linkId, String revokedBy) implements DealCommand {
    }

    /** A link's deadline passed: the act is overdue if the link still awaits it. */
    record MarkLinkUnused(Instant now, UUID linkId, Instant dueAt) implements DealCommand {
    }

    /** The customer signs the round's minutes through the link. */
    record SignMinutesThroughLink(Instant now, UUID linkId, String name, String role,
            io.dealstream.events.common.LinkEvidence evidence) implements DealCommand {
    }

    /** The customer confirms and signs the contract through the link ({@code orderId}: the order it confirms). */
    record SignContractThroughLink(Instant now, UUID linkId, UUID orderId, String name, String role,
            io.dealstream.events.common.LinkEvidence evidence) implements DealCommand {
    }

    /** The customer asks for changes to the contract through the link, one point a line ("Title: text"). */
    record RequestChangeThroughLink(Instant now, UUID linkId, String name, List<String> points,
            io.dealstream.events.common.LinkEvidence evidence) implements DealCommand {
    }
}
