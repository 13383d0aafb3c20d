package io.dealstream.needs.domain;

import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.DecisionProcess;
import io.dealstream.events.common.Pain;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.needs.DeepTalkArranged;
import io.dealstream.events.needs.DiscoveryMeetingHeld;
import io.dealstream.events.needs.NeedsAnalysed;
import io.dealstream.events.needs.ResearchQuestion;
import io.dealstream.eventstore.links.CustomerLinks;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The state of one opportunity's needs research, folded from its events: the whole needs analysis
 * report template as it stands. {@link #EMPTY} before it is opened.
 */
public record NeedsResearch(
        UUID opportunityId,
        NeedsStatus status,
        String customerName,
        Scenario scenario,
        UUID accountId,
        Contact contact,
        String needSummary,
        Instant deepTalkDueAt,
        boolean deepTalkOverdue,
        String backgroundNotes,
        List<ResearchQuestion> questions,
        DiscoveryMeetingHeld meeting,
        NeedsAnalysed.Method method,
        String currentState,
        List<Pain> pains,
        List<String> goals,
        BudgetRange budgetRange,
        DecisionProcess decisionProcess,
        List<Requirement> requirements,
        String documentRef,
        Instant sentAt,
        String signedBy,
        Instant signedAt,
        List<String> disputedPoints,
        DeepTalkArranged deepTalk,
        java.time.LocalDate researchDate,
        List<io.dealstream.events.common.Signature> signatures,
        int cycle,
        io.dealstream.events.needs.NeedsHandedToSolutionDesign handoff,
        // the links are the decider's (folded from the stream); the read model lists them from customer_links
        @com.fasterxml.jackson.annotation.JsonIgnore CustomerLinks links) {

    public static final NeedsResearch EMPTY = new NeedsResearch(null, null, null, null, null, null, null, null,
            false, null, List.of(), null, null, null, List.of(), List.of(), null, null, List.of(), null, null, null,
            null, List.of(), null, null, List.of(), 0, null, CustomerLinks.NONE);

    public boolean exists() {
        return status != null;
    }

    /** The research with its links after one more event (any event: the others change the report's version). */
    NeedsResearch withLinks(CustomerLinks next) {
        return new NeedsResearch(opportunityId, status, customerName, scenario, accountId, contact, needSummary,
                deepTalkDueAt, deepTalkOverdue, backgroundNotes, questions, meeting, method, currentState, pains, goals,
                budgetRange, decisionProcess, requirements, documentRef, sentAt, signedBy, signedAt, disputedPoints,
                deepTalk, researchDate, signatures, cycle, handoff, next);
    }

    /** The report's version as a link names it: it changes with every event but the links' own. */
    public String reportVersion() {
        return links.documentVersion("needs-report");
    }

    public boolean meetingHeld() {
        return meeting != null;
    }

    /** The 24 h rule is met: the deep conversation is arranged or held. */
    public boolean deepTalkArrangedOrHeld() {
        return deepTalk != null || meeting != null;
    }

    NeedsResearch withHandoff(io.dealstream.events.needs.NeedsHandedToSolutionDesign h) {
        return new NeedsResearch(opportunityId, status, customerName, scenario, accountId, contact, needSummary,
                deepTalkDueAt, deepTalkOverdue, backgroundNotes, questions, meeting, method, currentState, pains, goals,
                budgetRange, decisionProcess, requirements, documentRef, sentAt, signedBy, signedAt, disputedPoints,
                deepTalk, researchDate, signatures, cycle, h, links);
    }

    NeedsResearch withScenario(Scenario s) {
        return new NeedsResearch(opportunityId, status, customerName, s, accountId, contact, needSummary,
                deepTalkDueAt, deepTalkOverdue, backgroundNotes, questions, meeting, method, currentState, pains, goals,
                budgetRange, decisionProcess, requirements, documentRef, sentAt, signedBy, signedAt, disputedPoints,
                deepTalk, researchDate, signatures, cycle, handoff, links);
    }

    NeedsResearch withDeepTalk(DeepTalkArranged arranged) {
        return new NeedsResearch(opportunityId, status, customerName, scenario, accountId, contact, needSummary,
                deepTalkDueAt, deepTalkOverdue, backgroundNotes, questions, meeting, method, currentState, pains, goals,
                budgetRange, decisionProcess, requirements, documentRef, sentAt, signedBy, signedAt, disputedPoints,
                arranged, researchDate, signatures, cycle, handoff, links);
    }

    /** Copy-with helpers: records stay immutable, evolve stays readable. */
    NeedsResearch withStatus(NeedsStatus s) {
        return new NeedsResearch(opportunityId, s, customerName, scenario, accountId, contact, needSummary,
                deepTalkDueAt, deepTalkOverdue, backgroundNotes, questions, meeting, method, currentState, pains, goals,
                budgetRange, decisionProcess, requirements, documentRef, sentAt, signedBy, signedAt, disputedPoints, deepTalk, researchDate, signatures, cycle, handoff, links);
    }

    NeedsResearch withOverdue() {
        return new NeedsResearch(opportunityId, status, customerName, scenario, accountId, contact, needSummary,
                deepTalkDueAt, true, backgroundNotes, questions, meeting, method, currentState, pains, goals,
                budgetRange, decisionProcess, requirements, documentRef, sentAt, signedBy, signedAt, disputedPoints, deepTalk, researchDate, signatures, cycle, handoff, links);
    }

    NeedsResearch withOutline(String notes, List<ResearchQuestion> q) {
        return new NeedsResearch(opportunityId, status, customerName, scenario, accountId, contact, needSummary,
                deepTalkDueAt, deepTalkOverdue, notes, q, meeting, method, currentState, pains, goals,
                budgetRange, decisionProcess, requirements, documentRef, sentAt, signedBy, signedAt, disputedPoints, deepTalk, researchDate, signatures, cycle, handoff, links);
    }

    NeedsResearch withMeeting(DiscoveryMeetingHeld m) {
        return new NeedsResearch(opportunityId, status, customerName, scenario, accountId, contact, needSummary,
                deepTalkDueAt, deepTalkOverdue, backgroundNotes, questions, m, method, currentState, pains,
                goals, budgetRange, decisionProcess, requirements, documentRef, sentAt, signedBy, signedAt,
                disputedPoints, deepTalk, researchDate, signatures, cycle, handoff, links);
    }

    NeedsResearch withAnalysis(NeedsAnalysed a) {
        return new NeedsResearch(opportunityId, status, customerName, scenario, accountId, contact, needSummary,
                deepTalkDueAt, deepTalkOverdue, backgroundNotes, questions, meeting, a.method(),
                a.currentState(), a.pains(), a.goals(), a.budgetRange(), a.decisionProcess(), requirements, documentRef,
                sentAt, signedBy, signedAt, disputedPoints, deepTalk, a.researchDate(), signatures, cycle, handoff, links);
    }

    NeedsResearch withRequirements(List<Requirement> r) {
        return new NeedsResearch(opportunityId, status, customerName, scenario, accountId, contact, needSummary,
                deepTalkDueAt, deepTalkOverdue, backgroundNotes, questions, meeting, method, currentState,
                pains, goals, budgetRange, decisionProcess, r, documentRef, sentAt, signedBy, signedAt, disputedPoints, deepTalk, researchDate, signatures, cycle, handoff, links);
    }

    NeedsResearch withSent(String ref, Instant at) {
        return new NeedsResearch(opportunityId, status, customerName, scenario, accountId, contact, needSummary,
                deepTalkDueAt, deepTalkOverdue, backgroundNotes, questions, meeting, method, currentState,
                pains, goals, budgetRange, decisionProcess, requirements, ref, at, signedBy, signedAt, disputedPoints, deepTalk, researchDate, signatures, cycle, handoff, links);
    }

    NeedsResearch withSignature(String by, Instant at, List<io.dealstream.events.common.Signature> both) {
        return new NeedsResearch(opportunityId, status, customerName, scenario, accountId, contact, needSummary,
                deepTalkDueAt, deepTalkOverdue, backgroundNotes, questions, meeting, method, currentState,
                pains, goals, budgetRange, decisionProcess, requirements, documentRef, sentAt, by, at, disputedPoints,
                deepTalk, researchDate, both == null ? List.of() : List.copyOf(both), cycle, handoff, links);
    }

    NeedsResearch withDispute(List<String> points) {
        return new NeedsResearch(opportunityId, status, customerName, scenario, accountId, contact, needSummary,
                deepTalkDueAt, deepTalkOverdue, backgroundNotes, questions, meeting, method, currentState,
                pains, goals, budgetRange, decisionProcess, requirements, documentRef, sentAt, signedBy, signedAt,
                points, deepTalk, researchDate, signatures, cycle, handoff, links);
    }
}
