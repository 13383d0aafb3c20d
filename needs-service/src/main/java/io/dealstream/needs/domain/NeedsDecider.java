package io.dealstream.needs.domain;

import static io.dealstream.eventstore.domain.Texts.required;
import static io.dealstream.eventstore.domain.Texts.isBlank;
import static io.dealstream.eventstore.domain.DomainRuleViolation.conflict;
import static io.dealstream.eventstore.domain.DomainRuleViolation.unprocessable;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.Pain;
import io.dealstream.events.common.Priority;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.common.Signature;
import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.common.LinkEvidence;
import io.dealstream.eventstore.links.CustomerLink;
import io.dealstream.eventstore.links.CustomerLinks;
import io.dealstream.events.needs.NeedsLinkExpired;
import io.dealstream.events.needs.NeedsLinkOpened;
import io.dealstream.events.needs.NeedsLinkRevoked;
import io.dealstream.events.needs.NeedsLinkSent;
import io.dealstream.events.needs.NeedsLinkUsed;
import io.dealstream.events.needs.DeepTalkArranged;
import io.dealstream.events.needs.DeepTalkOverdue;
import io.dealstream.events.needs.NeedsHandedToSolutionDesign;
import io.dealstream.events.needs.NeedsScenarioChanged;
import io.dealstream.events.needs.DiscoveryMeetingHeld;
import io.dealstream.events.needs.NeedsAnalysed;
import io.dealstream.events.needs.NeedsConfirmationDisputed;
import io.dealstream.events.needs.NeedsConfirmationSent;
import io.dealstream.events.needs.NeedsConfirmed;
import io.dealstream.events.needs.NeedsEvent;
import io.dealstream.events.needs.NeedsResearchOpened;
import io.dealstream.events.needs.RequirementsClassified;
import io.dealstream.events.needs.ResearchOutlinePrepared;
import io.dealstream.events.needs.ResearchQuestion;
import io.dealstream.eventstore.Decider;
import io.dealstream.eventstore.domain.BothSides;
import io.dealstream.eventstore.domain.ClientTimes;
import io.dealstream.eventstore.domain.NotFound;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stage 2 rules: research outline on four themes before the meeting, SOP roles in the meeting, the
 * 60 % listening rule flagged, a ranked report, MoSCoW classes with every MUST tracing to a pain, and
 * a signed confirmation (or a dispute that reopens the analysis).
 */
public final class NeedsDecider implements Decider<NeedsResearch, NeedsCommand> {

    /** The SOP's listening rule: the customer speaks at least 60 % of the time (the default). */
    public static final double LISTENING_SHARE = 0.6;

    private final Duration deepTalkWithin;
    private final double listeningShare;
    private final ClientTimes times;

    public NeedsDecider(Duration deepTalkWithin) {
        this(deepTalkWithin, LISTENING_SHARE, ClientTimes.DEFAULT);
    }

    public NeedsDecider(Duration deepTalkWithin, double listeningShare) {
        this(deepTalkWithin, listeningShare, ClientTimes.DEFAULT);
    }

    public NeedsDecider(Duration deepTalkWithin, double listeningShare, ClientTimes times) {
        this.times = times;
        if (listeningShare < 0 || listeningShare > 1) {
            throw new IllegalArgumentException("the listening share is a fraction between 0 and 1: " + listeningShare);
        }
        this.deepTalkWithin = deepTalkWithin;
        this.listeningShare = listeningShare;
    }

    @Override
    public NeedsResearch initialState() {
        return NeedsResearch.EMPTY;
    }

    @Override
    public List<NeedsEvent> decide(NeedsResearch r, NeedsCommand command) {
        if (command instanceof NeedsCommand.Open o) {
            if (r.exists() && o.cycle() <= r.cycle()) {
                return List.of(); // opened once per cycle; a repeated HIGH grade changes nothing
            }
            // a new cycle of a reopened opportunity researches its needs afresh
            return List.of(new NeedsResearchOpened(o.opportunityId(), o.qualifiedAt().plus(deepTalkWithin),
                    o.customerName(), o.scenario(), o.accountId(), o.contact(), o.needSummary(), o.budgetRange(),
                    o.cycle()));
        }
        if (!r.exists()) {
            throw new NotFound("needs research", "");
        }
        if (command instanceof NeedsCommand.FollowScenario f) {
            return f.scenario() == r.scenario() ? List.of()
                    : List.of(new NeedsScenarioChanged(f.scenario(), r.scenario(), f.changedBy(), f.reason()));
        }
        if (command instanceof NeedsCommand.MarkDeepTalkOverdue m) {
            return r.deepTalkArrangedOrHeld() ? List.of() : List.of(new DeepTalkOverdue(m.dueAt()));
        }
        // the customer's link acts stand before the guard: a used link's page still opens and says so
        if (command instanceof NeedsCommand.OpenLink o) {
            return r.links().firstOpening(o.linkId(), o.now(), r.reportVersion())
                    ? List.of(new NeedsLinkOpened(o.linkId(), o.now())) : List.of();
        }
        if (command instanceof NeedsCommand.MarkLinkUnused m) {
            // overdue only while the report still awaits this very link: used, withdrawn or outdated, nothing is due
            boolean awaited = r.status() == NeedsStatus.SENT_FOR_CONFIRMATION
                    && r.links().stillAwaited(m.linkId(), r.reportVersion());
            return awaited ? List.of(new NeedsLinkExpired(m.linkId(), m.dueAt())) : List.of();
        }
        if (command instanceof NeedsCommand.RevokeLink v) {
            return r.links().revokes(v.linkId(), v.now())
                    ? List.of(new NeedsLinkRevoked(v.linkId(), v.now(), v.revokedBy())) : List.of();
        }
        if (command instanceof NeedsCommand.ConfirmThroughLink c) {
            CustomerLink link = usable(r, c.linkId(), c.now());
            Signature customer = new Signature(Signature.Side.CUSTOMER, c.name(), c.role(), c.now(),
                    Signature.Method.ELECTRONIC, null, evidence(link, c.evidence(), c.now()));
            List<Signature> signatures = new java.util.ArrayList<>(r.links().oursFor(link.linkId()).stream().toList());
            signatures.add(customer);
            List<Signature> signed = BothSides.check(signatures, c.now(), null, null, "link");
            return List.of(new NeedsConfirmed(BothSides.nameOf(signed, Signature.Side.CUSTOMER),
                    BothSides.completedAt(signed), r.documentRef(), r.requirements(), r.pains(), r.goals(),
                    r.budgetRange(), r.decisionProcess(), r.scenario(), r.customerName(), r.accountId(), signed,
                    r.cycle()), new NeedsLinkUsed(link.linkId(), c.now()));
        }
        if (command instanceof NeedsCommand.DisputeThroughLink d) {
            CustomerLink link = usable(r, d.linkId(), d.now());
            if (d.points() == null || d.points().isEmpty()) {
                throw unprocessable("dispute-points-required", "say which points the customer disputes");
            }
            return List.of(new NeedsConfirmationDisputed(required(d.name(), "name"), List.copyOf(d.points()),
                    evidence(link, d.evidence(), d.now())), new NeedsLinkUsed(link.linkId(), d.now()));
        }
        if (r.status() == NeedsStatus.CONFIRMED) {
            throw conflict("needs-confirmed", "the needs are confirmed by the customer; nothing changes any more");
        }
        if (command instanceof NeedsCommand.ArrangeDeepTalk a) {
            return arrange(r, a);
        }
        if (command instanceof NeedsCommand.PrepareOutline p) {
            return outline(r, p);
        }
        if (command instanceof NeedsCommand.RecordMeeting m) {
            return meeting(r, m);
        }
        if (command instanceof NeedsCommand.Analyse a) {
            return analyse(r, a);
        }
        if (command instanceof NeedsCommand.Classify c) {
            return classify(r, c);
        }
        if (command instanceof NeedsCommand.HandToSolutionDesign h) {
            if (r.status() != NeedsStatus.CLASSIFIED) {
                throw conflict("requirements-not-classified", "the solution design team gets the classified needs");
            }
            return List.of(new NeedsHandedToSolutionDesign(required(h.team(), "team"), required(h.handedTo(), "handedTo"),
                    h.now(), isBlank(h.notes()) ? null : h.notes().strip()));
        }
        if (command instanceof NeedsCommand.SendForConfirmation s) {
            if (r.status() != NeedsStatus.CLASSIFIED) {
                throw conflict("requirements-not-classified", "classify the requirements before sending the report");
            }
            if (r.handoff() == null) {
                throw conflict("not-handed-to-solution-design", "internally the report goes to the solution design "
                        + "team first (POST /needs/{id}/solution-design-handoff)");
            }
            return List.of(new NeedsConfirmationSent(s.now(), required(s.documentRef(), "documentRef")));
        }
        if (command instanceof NeedsCommand.Confirm c) {
            return confirm(r, c);
        }
        if (command instanceof NeedsCommand.SendLink l) {
            return sendLink(r, l);
        }
        if (command instanceof NeedsCommand.Dispute d) {
            if (r.status() != NeedsStatus.SENT_FOR_CONFIRMATION) {
                throw conflict("not-sent-for-confirmation", "only a report sent for confirmation can be disputed");
            }
            if (d.points() == null || d.points().isEmpty()) {
                throw unprocessable("dispute-points-required", "say which points the customer disputes");
            }
            return List.of(new NeedsConfirmationDisputed(required(d.disputedBy(), "disputedBy"), List.copyOf(d.points())));
        }
        throw new IllegalArgumentException("unhandled " + command);
    }

    private List<NeedsEvent> arrange(NeedsResearch r, NeedsCommand.ArrangeDeepTalk a) {
        if (r.meetingHeld()) {
            throw conflict("meeting-already-held", "the discovery meeting is recorded; nothing left to arrange");
        }
        if (a.scheduledFor().isBefore(a.now().minusSeconds(300))) {
            throw unprocessable("scheduled-in-past", "scheduledFor lies in the past; arrange a time to come");
        }
        boolean inTime = !a.now().isAfter(r.deepTalkDueAt());
        return List.of(new DeepTalkArranged(a.scheduledFor(), a.format(), a.now(), inTime, isBlank(a.notes()) ? null
                : a.notes().strip()));
    }

    private List<NeedsEvent> outline(NeedsResearch r, NeedsCommand.PrepareOutline p) {
        if (r.meetingHeld()) {
            throw conflict("meeting-already-held", "the outline prepares the discovery meeting, which is recorded");
        }
        if (p.questions() == null || p.questions().isEmpty()) {
            throw unprocessable("questions-required", "the outline needs its question list");
        }
        return List.of(new ResearchOutlinePrepared(required(p.backgroundNotes(), "backgroundNotes"),
                List.copyOf(p.questions())));
    }

    private List<NeedsEvent> meeting(NeedsResearch r, NeedsCommand.RecordMeeting m) {
        Set<ResearchQuestion.Theme> missing = EnumSet.allOf(ResearchQuestion.Theme.class);
        r.questions().forEach(q -> missing.remove(q.theme()));
        if (r.questions().isEmpty() || !missing.isEmpty()) {
            throw unprocessable("outline-incomplete", "prepare the research outline first; it must ask about every "
                    + "theme, missing: " + (r.questions().isEmpty() ? EnumSet.allOf(ResearchQuestion.Theme.class) : missing));
        }
        if (r.meetingHeld()) {
            throw conflict("meeting-already-held", "the discovery meeting is recorded");
        }
        Set<DiscoveryMeetingHeld.Role> roles = m.participants().stream().map(DiscoveryMeetingHeld.Participant::role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DiscoveryMeetingHeld.Role.class)));
        if (!roles.containsAll(EnumSet.allOf(DiscoveryMeetingHeld.Role.class))) {
            Set<DiscoveryMeetingHeld.Role> missingRoles = EnumSet.allOf(DiscoveryMeetingHeld.Role.class);
            missingRoles.removeAll(roles);
            throw unprocessable("meeting-roles-missing", "the sales lead asks, a technical expert records, and the "
                    + "customer attends; missing: " + missingRoles);
        }
        if (m.durationMinutes() <= 0) {
            throw unprocessable("duration-positive", "durationMinutes must be positive");
        }
        if (m.customerTalkShare() < 0 || m.customerTalkShare() > 1) {
            throw unprocessable("talk-share-range", "customerTalkShare is a fraction between 0 and 1");
        }
        for (DiscoveryMeetingHeld.FiveWhys chain : m.fiveWhys()) {
            if (chain.whys().isEmpty() || chain.rootCause() == null || chain.rootCause().isBlank()) {
                throw unprocessable("five-whys-incomplete", "each 5-Whys chain needs its whys and a root cause: "
                        + chain.pain());
            }
        }
        if (m.heldAt() != null && m.heldAt().isAfter(m.now().plusSeconds(300))) {
            throw unprocessable("meeting-in-future", "heldAt lies in the future");
        }
        if (m.format() == DiscoveryMeetingHeld.Format.VIDEO && !Boolean.TRUE.equals(m.equipmentTested())) {
            throw unprocessable("video-equipment-untested", "a video meeting tests the equipment beforehand "
                    + "(equipmentTested: true)");
        }
        Instant heldAt = times.accept("heldAt", m.heldAt(), m.now());
        return List.of(new DiscoveryMeetingHeld(m.format(), m.durationMinutes(), List.copyOf(m.participants()),
                m.customerTalkShare(), List.copyOf(m.fiveWhys()), heldAt,
                m.customerTalkShare() < listeningShare, required(m.expertNotes(), "expertNotes"),
                m.format() == DiscoveryMeetingHeld.Format.VIDEO ? Boolean.TRUE : null));
    }

    private List<NeedsEvent> analyse(NeedsResearch r, NeedsCommand.Analyse a) {
        if (a.method() == NeedsAnalysed.Method.MEETING && !r.meetingHeld()) {
            throw unprocessable("meeting-not-held", "a report by MEETING needs the recorded discovery meeting");
        }
        if (r.status() == NeedsStatus.SENT_FOR_CONFIRMATION) {
            throw conflict("awaiting-confirmation", "the report is with the customer; record the confirmation or dispute");
        }
        if (a.pains() == null || a.pains().isEmpty() || a.goals() == null || a.goals().isEmpty()) {
            throw unprocessable("pains-and-goals-required", "the report lists the pains and the expected goals");
        }
        List<Integer> ranks = a.pains().stream().map(Pain::rank).sorted().toList();
        for (int i = 0; i < ranks.size(); i++) {
            if (ranks.get(i) != i + 1) {
                throw unprocessable("pain-ranks", "pains are ranked 1.." + ranks.size() + " by priority, each rank once");
            }
        }
        if (a.decisionProcess() == null || a.decisionProcess().keyPeople().isEmpty()) {
            throw unprocessable("decision-process-required", "the report names the decision process and its key people");
        }
        List<Pain> ordered = a.pains().stream().sorted(java.util.Comparator.comparingInt(Pain::rank)).toList();
        java.time.LocalDate researchDate = a.researchDate();
        if (researchDate == null && a.method() == NeedsAnalysed.Method.MEETING) {
            researchDate = r.meeting().heldAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (researchDate == null) {
            throw unprocessable("research-date-required", "a report by " + a.method() + " names its researchDate");
        }
        if (researchDate.isAfter(a.now().atOffset(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1))) {
            throw unprocessable("research-date-in-future", "researchDate " + researchDate + " lies in the future");
        }
        return List.of(new NeedsAnalysed(a.method(), required(a.currentState(), "currentState"), ordered,
                List.copyOf(a.goals()), a.budgetRange(), a.decisionProcess(), researchDate));
    }

    private List<NeedsEvent> classify(NeedsResearch r, NeedsCommand.Classify c) {
        if (r.pains().isEmpty()) {
            throw conflict("not-analysed", "write the needs analysis report before classifying requirements");
        }
        if (r.status() == NeedsStatus.SENT_FOR_CONFIRMATION) {
            throw conflict("awaiting-confirmation", "the report is with the customer; record the confirmation or dispute");
        }
        if (c.requirements() == null || c.requirements().isEmpty()) {
            throw unprocessable("requirements-required", "classify at least one requirement");
        }
        Set<String> ids = new HashSet<>();
        Set<Integer> painRanks = r.pains().stream().map(Pain::rank).collect(Collectors.toSet());
        for (Requirement req : c.requirements()) {
            if (!ids.add(req.id())) {
                throw unprocessable("requirement-ids-unique", "requirement id " + req.id() + " appears twice");
            }
            if (req.priority() == Priority.MUST && (req.painRank() == null || !painRanks.contains(req.painRank()))) {
                throw unprocessable("must-traces-to-pain", "MUST requirement " + req.id()
                        + " must name the rank of the pain it solves (one of " + painRanks + ")");
            }
        }
        return List.of(new RequirementsClassified(List.copyOf(c.requirements())));
    }

    private List<NeedsEvent> sendLink(NeedsResearch r, NeedsCommand.SendLink l) {
        if (l.act() != CustomerAct.CONFIRM_NEEDS) {
            throw unprocessable("act-not-here", "needs-service sends links to confirm the needs report (CONFIRM_NEEDS), "
                    + "not " + l.act());
        }
        List<NeedsEvent> out = new java.util.ArrayList<>();
        if (r.status() != NeedsStatus.SENT_FOR_CONFIRMATION) {
            out.addAll(decide(r, new NeedsCommand.SendForConfirmation(l.now(), "customer link " + l.linkId())));
        }
        // the link names the report as the customer will see it: after the sending it may bring with it
        String version = "needs-report@" + (r.links().contentEvents() + out.size());
        CustomerLink link = CustomerLink.issue(l.linkId(), r.opportunityId(), l.act(), version, null, l.now(),
                l.lifetime(), l.sentBy());
        Signature ours = new Signature(Signature.Side.OURS, required(l.ourName(), "ourSignatory.name"),
                required(l.ourRole(), "ourSignatory.role"), l.now(), Signature.Method.ELECTRONIC, null);
        out.add(new NeedsLinkSent(link.linkId(), link.act(), version, l.now(), link.expiresAt(), l.sentBy(),
                isBlank(l.sentTo()) ? null : l.sentTo().strip(), ours));
        return out;
    }

    /** The link, usable now for the confirmation (else refused naming why: used, expired, revoked, outdated). */
    private static CustomerLink usable(NeedsResearch r, java.util.UUID linkId, java.time.Instant now) {
        CustomerLink link = r.links().usable(linkId, CustomerAct.CONFIRM_NEEDS, now, r.reportVersion());
        if (r.status() != NeedsStatus.SENT_FOR_CONFIRMATION) {
            throw conflict("not-sent-for-confirmation", "the report is no longer waiting for confirmation");
        }
        return link;
    }

    private static LinkEvidence evidence(CustomerLink link, LinkEvidence from, java.time.Instant now) {
        return CustomerLinks.evidence(link, from, now);
    }

    private List<NeedsEvent> confirm(NeedsResearch r, NeedsCommand.Confirm c) {
        if (r.status() != NeedsStatus.SENT_FOR_CONFIRMATION) {
            throw conflict("not-sent-for-confirmation", "send the report for confirmation first");
        }
        List<Signature> signatures = BothSides.check(c.signatures(), c.now(), times, r.sentAt(), "report-sent");
        String ref = c.documentRef() == null || c.documentRef().isBlank() ? r.documentRef() : c.documentRef().strip();
        return List.of(new NeedsConfirmed(BothSides.nameOf(signatures, Signature.Side.CUSTOMER),
                BothSides.completedAt(signatures), ref, r.requirements(), r.pains(), r.goals(), r.budgetRange(),
                r.decisionProcess(), r.scenario(), r.customerName(), r.accountId(), signatures, r.cycle()));
    }

    @Override
    public NeedsResearch evolve(NeedsResearch r, DomainEvent event) {
        NeedsResearch next = evolveReport(r, event);
        return next.withLinks(next.links().evolve(next.opportunityId(), event));
    }

    private NeedsResearch evolveReport(NeedsResearch r, DomainEvent event) {
        if (event instanceof NeedsResearchOpened o) {
            return new NeedsResearch(o.opportunityId(), NeedsStatus.OPEN, o.customerName(), o.scenario(),
                    o.accountId(), o.contact(), o.needSummary(), o.deepTalkDueAt(), false, null, List.of(), null, null, null, List.of(), List.of(), o.budgetRange(),
                    null, List.of(), null, null, null, null, List.of(), null, null, List.of(), o.cycleNumber(), null,
                    r == null ? CustomerLinks.NONE : r.links());
        }
        if (event instanceof ResearchOutlinePrepared p) {
            return r.withOutline(p.backgroundNotes(), p.questions()).withStatus(NeedsStatus.OUTLINED);
        }
        if (event instanceof DiscoveryMeetingHeld m) {
            return r.withMeeting(m).withStatus(NeedsStatus.DISCOVERED);
        }
        if (event instanceof NeedsAnalysed a) {
            return r.withAnalysis(a).withStatus(NeedsStatus.ANALYSED);
        }
        if (event instanceof RequirementsClassified c) {
            return r.withRequirements(c.requirements()).withStatus(NeedsStatus.CLASSIFIED);
        }
        if (event instanceof NeedsConfirmationSent s) {
            return r.withSent(s.documentRef(), s.sentAt()).withStatus(NeedsStatus.SENT_FOR_CONFIRMATION);
        }
        if (event instanceof NeedsConfirmed c) {
            return r.withSignature(c.signedBy(), c.signedAt(), c.signatures()).withSent(c.documentRef(), r.sentAt())
                    .withStatus(NeedsStatus.CONFIRMED);
        }
        if (event instanceof NeedsConfirmationDisputed d) {
            return r.withDispute(d.points()).withStatus(NeedsStatus.DISPUTED);
        }
        if (event instanceof NeedsHandedToSolutionDesign h) {
            return r.withHandoff(h);
        }
        if (event instanceof NeedsScenarioChanged s) {
            return r.withScenario(s.scenario());
        }
        if (event instanceof DeepTalkArranged a) {
            return r.withDeepTalk(a);
        }
        if (event instanceof DeepTalkOverdue) {
            return r.withOverdue();
        }
        return r;
    }
}
