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
    record Open(Instant now, UUID opportunityId, List<Requirement> requirements, List<Pain> pains, List<String> goals,
            Scenario scenario, String customerName, UUID accountId) implements ProposalCommand {
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

    record Present(Instant now, Instant presentedAt, List<String> attendees, int qaMinutes, List<String> questions,
            List<NewObjection> objections) implements ProposalCommand {
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

    record ConfirmRevision(Instant now, int revision, String confirmedBy, Instant confirmedAt) implements ProposalCommand {
    }

    /** {@code overrideReason} lets an accept pass unresolved objections, recorded as such. */
    record Accept(Instant now, String overrideReason) implements ProposalCommand {
    }

    record Reject(Instant now, String reason) implements ProposalCommand {
    }

    record MarkObjectionOverdue(Instant now, UUID objectionId, Instant dueAt) implements ProposalCommand {
    }
}
