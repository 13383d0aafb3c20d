package io.dealstream.proposal.domain;

import io.dealstream.events.common.Pain;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.proposal.ObjectionOutcome;
import io.dealstream.events.proposal.ObjectionType;
import io.dealstream.events.proposal.ProposalSections;
import io.dealstream.events.proposal.RequirementCoverage;
import io.dealstream.events.proposal.TrustMaterialKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What can be asked of a proposal; {@code now} comes from the service's clock. */
public sealed interface ProposalCommand {

    Instant now();

    /** Confirmed needs open the draft. */
    /** From the confirmed needs; a later {@code cycle} (a reopened opportunity) starts a new proposal. */
    /** lead-service changed the opportunity's scenario (ScenarioChanged): follow it. */
    record FollowScenario(Instant now, Scenario scenario, String changedBy, String reason) implements ProposalCommand {
    }

    record Open(Instant now, UUID opportunityId, List<Requirement> requirements, List<Pain> pains, List<String> goals,
            Scenario scenario, String customerName, UUID accountId, int cycle,
            io.dealstream.events.common.DecisionProcess decisionProcess) implements ProposalCommand {

        public Open(Instant now, UUID opportunityId, List<Requirement> requirements, List<Pain> pains,
                List<String> goals, Scenario scenario, String customerName, UUID accountId) {
            this(now, opportunityId, requirements, pains, goals, scenario, customerName, accountId, 1, null);
        }

        public Open(Instant now, UUID opportunityId, List<Requirement> requirements, List<Pain> pains,
                List<String> goals, Scenario scenario, String customerName, UUID accountId, int cycle) {
            this(now, opportunityId, requirements, pains, goals, scenario, customerName, accountId, cycle, null);
        }
    }

    /** Writes the draft's five parts (before the presentation). */
    record Draft(Instant now, ProposalSections sections, List<String> differentiators,
            List<RequirementCoverage> coverage) implements ProposalCommand {
    }

    record Rehearse(Instant now, String notes) implements ProposalCommand {
    }

    /** A new objection, raised during or after the presentation; {@code raisedAt} null: now (server time). */
    record NewObjection(ObjectionType type, String description, Instant raisedAt, String owner) {
    }

    /** The presentation; each of {@code questions} is tracked, owned by {@code owner}, answered within 24 h. */
    record Present(Instant now, Instant presentedAt, List<String> attendees, int qaMinutes, List<String> questions,
            List<NewObjection> objections, String owner, List<String> comparableCases) implements ProposalCommand {

        public Present(Instant now, Instant presentedAt, List<String> attendees, int qaMinutes, List<String> questions,
                List<NewObjection> objections) {
            this(now, presentedAt, attendees, qaMinutes, questions, objections, "sales", List.of("reference case"));
        }

        public Present(Instant now, Instant presentedAt, List<String> attendees, int qaMinutes, List<String> questions,
                List<NewObjection> objections, String owner) {
            this(now, presentedAt, attendees, qaMinutes, questions, objections, owner, List.of("reference case"));
        }
    }

    record RaiseObjection(Instant now, UUID objectionId, NewObjection objection) implements ProposalCommand {
    }

    /** The written answer; {@code answeredAt} null: now (server time). */
    record AnswerObjection(Instant now, UUID objectionId, String response, List<UUID> evidence, Instant answeredAt)
            implements ProposalCommand {
    }

    record ResolveObjection(Instant now, UUID objectionId, ObjectionOutcome outcome, String customerFeedback,
            String nextStep) implements ProposalCommand {
    }

    record ShareTrustMaterial(Instant now, UUID materialId, TrustMaterialKind kind, String description)
            implements ProposalCommand {
    }

    /** A revision: the whole revised content; the changes are marked per section by the decider. */
    record Revise(Instant now, ProposalSections sections, List<RequirementCoverage> coverage, String reason)
            implements ProposalCommand {
    }

    /** Staff record the customer's confirmation; {@code reference}: where it was given (e.g. the customer's mail). */
    record ConfirmRevision(Instant now, int revision, String confirmedBy, Instant confirmedAt, String reference)
            implements ProposalCommand {

        public ConfirmRevision(Instant now, int revision, String confirmedBy, Instant confirmedAt) {
            this(now, revision, confirmedBy, confirmedAt, null);
        }
    }

    /** {@code overrideReason} lets an accept pass unresolved objections, recorded as such. */
    /** The customer accepts; {@code byManager}: the caller is a manager (a KEY_ACCOUNT needs one). */
    record Accept(Instant now, String overrideReason, boolean byManager) implements ProposalCommand {

        public Accept(Instant now, String overrideReason) {
            this(now, overrideReason, true);
        }
    }

    record Reject(Instant now, String reason) implements ProposalCommand {
    }

    record MarkObjectionOverdue(Instant now, UUID objectionId, Instant dueAt) implements ProposalCommand {
    }

    /** A customer question after the presentation; {@code raisedAt} null: now. */
    record RaiseQuestion(Instant now, UUID questionId, String text, Instant raisedAt, String owner)
            implements ProposalCommand {
    }

    /** The written answer to a question; {@code answeredAt} null: now. */
    record AnswerQuestion(Instant now, UUID questionId, String answer, Instant answeredAt) implements ProposalCommand {
    }

    /** The deadline scheduler found a question unanswered 24 h after it was raised. */
    record MarkQuestionOverdue(Instant now, UUID questionId, Instant dueAt) implements ProposalCommand {
    }

    /**
     * Staff send the customer a link: to confirm the current revision, or to ask questions and raise an objection on
     * the proposal (each answered in writing within 24 h by the sender).
     */
    record SendLink(Instant now, UUID linkId, io.dealstream.events.common.CustomerAct act, java.time.Duration lifetime,
            String sentBy, String sentTo) implements ProposalCommand {
    }

    /** The customer opened the link's page. */
    record OpenLink(Instant now, UUID linkId) implements ProposalCommand {
    }

    /** Staff withdraw a link the customer has not used. */
    record RevokeLink(Instant now, UUID linkId, String revokedBy) implements ProposalCommand {
    }

    /** A link's deadline passed: the act is overdue if the link still awaits it. */
    record MarkLinkUnused(Instant now, UUID linkId, Instant dueAt) implements ProposalCommand {
    }

    /** The customer confirms the revision the link names, through the link. */
    record ConfirmRevisionThroughLink(Instant now, UUID linkId, String name, String role,
            io.dealstream.events.common.LinkEvidence evidence) implements ProposalCommand {
    }

    /**
     * The customer's questions (one each) and at most one objection ({@code concernType} and {@code concern}) on the
     * proposal, through the link.
     */
    record AskThroughLink(Instant now, UUID linkId, String name, List<String> questions, ObjectionType concernType,
            String concern, io.dealstream.events.common.LinkEvidence evidence) implements ProposalCommand {
    }
}
