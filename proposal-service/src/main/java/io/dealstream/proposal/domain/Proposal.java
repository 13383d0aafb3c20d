package io.dealstream.proposal.domain;

import io.dealstream.events.common.Pain;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.proposal.ProposalSections;
import io.dealstream.events.proposal.RequirementCoverage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The state of an opportunity's proposal, folded from its events: current content, rehearsals,
 * presentations, objections, trust material, revisions. Collections are immutable copies.
 */
public record Proposal(
        UUID opportunityId,
        UUID proposalId,
        ProposalStatus status,
        String customerName,
        UUID accountId,
        Scenario scenario,
        List<Requirement> requirements,
        List<Pain> pains,
        List<String> goals,
        int revision,
        ProposalSections sections,
        List<String> differentiators,
        List<RequirementCoverage> coverage,
        int rehearsals,
        List<Instant> presentedAt,
        List<Objection> objections,
        List<TrustMaterial> trustMaterial,
        List<Revision> revisions,
        String outcomeReason,
        int cycle,
        List<io.dealstream.eventstore.domain.WrittenQuestion> questions,
        io.dealstream.events.common.DecisionProcess decisionProcess,
        // the links are the decider's (folded from the stream); the read model lists them from customer_links
        @com.fasterxml.jackson.annotation.JsonIgnore io.dealstream.eventstore.links.CustomerLinks links) {

    public static final Proposal EMPTY = new Proposal(null, null, null, null, null, null, List.of(), List.of(),
            List.of(), 0, null, List.of(), List.of(), 0, List.of(), List.of(), List.of(), List.of(), null, 0, List.of(),
            null, io.dealstream.eventstore.links.CustomerLinks.NONE);

    Proposal withLinks(io.dealstream.eventstore.links.CustomerLinks l) {
        return new Proposal(opportunityId, proposalId, status, customerName, accountId, scenario, requirements, pains,
                goals, revision, sections, differentiators, coverage, rehearsals, presentedAt, objections, trustMaterial,
                revisions, outcomeReason, cycle, questions, decisionProcess, l);
    }

    /**
     * The document a link names: the proposal at its current revision (a revision makes the links for the previous
     * one outdated; questions, objections and their answers do not change what the customer confirms).
     */
    public String documentVersion() {
        return "proposal-revision@" + revision;
    }

    public boolean closed() {
        return status == ProposalStatus.ACCEPTED || status == ProposalStatus.REJECTED;
    }

    public boolean exists() {
        return status != null;
    }

    public boolean presented() {
        return !presentedAt.isEmpty();
    }

    public java.util.Optional<Objection> objection(UUID id) {
        return objections.stream().filter(o -> o.objectionId().equals(id)).findFirst();
    }

    public java.util.Optional<Revision> revision(int number) {
        return revisions.stream().filter(r -> r.number() == number).findFirst();
    }

    Proposal withScenario(Scenario s) {
        return new Proposal(opportunityId, proposalId, status, customerName, accountId, s, requirements, pains, goals,
                revision, sections, differentiators, coverage, rehearsals, presentedAt, objections, trustMaterial,
                revisions, outcomeReason, cycle, questions, decisionProcess, links);
    }

    Proposal withQuestions(List<io.dealstream.eventstore.domain.WrittenQuestion> q) {
        return new Proposal(opportunityId, proposalId, status, customerName, accountId, scenario, requirements, pains,
                goals, revision, sections, differentiators, coverage, rehearsals, presentedAt, objections, trustMaterial,
                revisions, outcomeReason, cycle, List.copyOf(q), decisionProcess, links);
    }

    public java.util.Optional<io.dealstream.eventstore.domain.WrittenQuestion> question(UUID id) {
        return questions.stream().filter(q -> q.questionId().equals(id)).findFirst();
    }

    Proposal with(ProposalStatus s, ProposalSections newSections, List<String> newDifferentiators,
            List<RequirementCoverage> newCoverage, int newRevision, int newRehearsals, List<Instant> newPresented,
            List<Objection> newObjections, List<TrustMaterial> newMaterial, List<Revision> newRevisions, String reason) {
        return new Proposal(opportunityId, proposalId, s, customerName, accountId, scenario, requirements, pains, goals,
                newRevision, newSections, newDifferentiators, newCoverage, newRehearsals, List.copyOf(newPresented),
                List.copyOf(newObjections), List.copyOf(newMaterial), List.copyOf(newRevisions), reason, cycle, questions,
                decisionProcess, links);
    }
}
