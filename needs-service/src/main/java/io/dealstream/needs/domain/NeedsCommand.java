package io.dealstream.needs.domain;

import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.DecisionProcess;
import io.dealstream.events.common.Pain;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.needs.DiscoveryMeetingHeld;
import io.dealstream.events.needs.NeedsAnalysed;
import io.dealstream.events.needs.ResearchQuestion;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What can be asked of a needs research; {@code now} comes from the service's clock. */
public sealed interface NeedsCommand {

    Instant now();

    /** A HIGH qualification opens the research; {@code qualifiedAt} starts the 24 h clock. */
    /** {@code cycle}: the opportunity's sales cycle; a later cycle reopens the research afresh. */
    /** lead-service changed the opportunity's scenario (ScenarioChanged): follow it. */
    record FollowScenario(Instant now, Scenario scenario, String changedBy, String reason) implements NeedsCommand {
    }

    record Open(Instant now, UUID opportunityId, Instant qualifiedAt, String customerName, Scenario scenario,
            UUID accountId, Contact contact, String needSummary, BudgetRange budgetRange, int cycle)
            implements NeedsCommand {

        public Open(Instant now, UUID opportunityId, Instant qualifiedAt, String customerName, Scenario scenario,
                UUID accountId, Contact contact, String needSummary, BudgetRange budgetRange) {
            this(now, opportunityId, qualifiedAt, customerName, scenario, accountId, contact, needSummary, budgetRange, 1);
        }
    }

    /** Arranges (or moves) the deep conversation; meets the 24 h rule when done before it is due. */
    record ArrangeDeepTalk(Instant now, Instant scheduledFor, DiscoveryMeetingHeld.Format format, String notes)
            implements NeedsCommand {
    }

    record PrepareOutline(Instant now, String backgroundNotes, List<ResearchQuestion> questions) implements NeedsCommand {
    }

    /** The discovery meeting; {@code expertNotes}: the technical expert's specialist details. */
    record RecordMeeting(Instant now, DiscoveryMeetingHeld.Format format, int durationMinutes,
            List<DiscoveryMeetingHeld.Participant> participants, double customerTalkShare,
            List<DiscoveryMeetingHeld.FiveWhys> fiveWhys, Instant heldAt, String expertNotes, Boolean equipmentTested)
            implements NeedsCommand {

        public RecordMeeting(Instant now, DiscoveryMeetingHeld.Format format, int durationMinutes,
                List<DiscoveryMeetingHeld.Participant> participants, double customerTalkShare,
                List<DiscoveryMeetingHeld.FiveWhys> fiveWhys, Instant heldAt, String expertNotes) {
            this(now, format, durationMinutes, participants, customerTalkShare, fiveWhys, heldAt, expertNotes, null);
        }
    }

    /** Internally, the classified needs go to the solution design team before the customer confirms them. */
    record HandToSolutionDesign(Instant now, String team, String handedTo, String notes) implements NeedsCommand {
    }

    /** The report; {@code researchDate} may be omitted for a MEETING (the meeting's day). */
    record Analyse(Instant now, NeedsAnalysed.Method method, String currentState, List<Pain> pains, List<String> goals,
            BudgetRange budgetRange, DecisionProcess decisionProcess, java.time.LocalDate researchDate)
            implements NeedsCommand {

        public Analyse(Instant now, NeedsAnalysed.Method method, String currentState, List<Pain> pains,
                List<String> goals, BudgetRange budgetRange, DecisionProcess decisionProcess) {
            this(now, method, currentState, pains, goals, budgetRange, decisionProcess, null);
        }
    }

    record Classify(Instant now, List<Requirement> requirements) implements NeedsCommand {
    }

    record SendForConfirmation(Instant now, String documentRef) implements NeedsCommand {
    }

    record Confirm(Instant now, List<io.dealstream.events.common.Signature> signatures, String documentRef)
            implements NeedsCommand {
    }

    record Dispute(Instant now, String disputedBy, List<String> points) implements NeedsCommand {
    }

    /** The deadline scheduler found the deep conversation neither arranged nor held in time. */
    record MarkDeepTalkOverdue(Instant now, Instant dueAt) implements NeedsCommand {
    }

    /**
     * Staff send the customer a link to confirm (or dispute) the report. Our signatory signs as it is sent; a report
     * not yet sent for confirmation is sent by the link.
     */
    record SendLink(Instant now, UUID linkId, io.dealstream.events.common.CustomerAct act, java.time.Duration lifetime,
            String sentBy, String sentTo, String ourName, String ourRole) implements NeedsCommand {
    }

    /** A link's deadline passed: the act is overdue if the link still awaits it. */
    record MarkLinkUnused(Instant now, UUID linkId, Instant dueAt) implements NeedsCommand {
    }

    /** The customer opened the link's page. */
    record OpenLink(Instant now, UUID linkId) implements NeedsCommand {
    }

    /** Staff withdraw a link the customer has not used. */
    record RevokeLink(Instant now, UUID linkId, String revokedBy) implements NeedsCommand {
    }

    /** The customer confirms and signs through the link ({@code evidence}: what they were shown, from where). */
    record ConfirmThroughLink(Instant now, UUID linkId, String name, String role,
            io.dealstream.events.common.LinkEvidence evidence) implements NeedsCommand {
    }

    /** The customer disputes the report through the link, naming what should change. */
    record DisputeThroughLink(Instant now, UUID linkId, String name, List<String> points,
            io.dealstream.events.common.LinkEvidence evidence) implements NeedsCommand {
    }
}
