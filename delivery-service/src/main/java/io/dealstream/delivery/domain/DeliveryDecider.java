package io.dealstream.delivery.domain;

import static io.dealstream.eventstore.domain.Texts.required;
import static io.dealstream.eventstore.domain.Texts.isBlank;
import static io.dealstream.eventstore.domain.Texts.blankToNull;
import static io.dealstream.eventstore.domain.DomainRuleViolation.conflict;
import static io.dealstream.eventstore.domain.DomainRuleViolation.unprocessable;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.Signature;
import io.dealstream.events.delivery.AcceptanceSigned;
import io.dealstream.events.delivery.CallbackCompleted;
import io.dealstream.events.delivery.CallbackOverdue;
import io.dealstream.events.delivery.CommunityJoined;
import io.dealstream.events.delivery.DeliveryEvent;
import io.dealstream.events.delivery.DeliveryOpened;
import io.dealstream.events.delivery.DeliveryPlanned;
import io.dealstream.events.delivery.MaintenanceLogged;
import io.dealstream.events.delivery.Milestone;
import io.dealstream.events.delivery.MilestoneCompleted;
import io.dealstream.events.delivery.ProgressReportOverdue;
import io.dealstream.events.delivery.ProgressReported;
import io.dealstream.events.delivery.ReferralReceived;
import io.dealstream.events.delivery.SatisfactionSurveyed;
import io.dealstream.events.delivery.SurveyOverdue;
import io.dealstream.events.delivery.UpsellIdentified;
import io.dealstream.eventstore.Decider;
import io.dealstream.eventstore.links.CustomerLink;
import io.dealstream.eventstore.links.CustomerLinks;
import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.delivery.DeliveryLinkExpired;
import io.dealstream.events.delivery.DeliveryLinkOpened;
import io.dealstream.events.delivery.DeliveryLinkRevoked;
import io.dealstream.events.delivery.DeliveryLinkSent;
import io.dealstream.events.delivery.DeliveryLinkUsed;
import io.dealstream.eventstore.domain.BothSides;
import io.dealstream.eventstore.domain.ClientTimes;
import io.dealstream.eventstore.domain.NotFound;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 6 rules: a plan with owned milestones, a progress report every week while delivering, acceptance
 * only when every milestone is complete (or with a recorded override), then the 3-day callback,
 * scheduled maintenance, the one-month survey with four 1-5 scores, upsells, referrals and community.
 */
public final class DeliveryDecider implements Decider<Delivery, DeliveryCommand> {

    public static final String PROGRESS_REPORT = "PROGRESS_REPORT";
    public static final String CALLBACK = "CALLBACK_3D";
    public static final String SURVEY = "SURVEY_1M";
    /** The contract's maintenance schedule; the deadline's reference is the maintenance kind. */
    public static final String MAINTENANCE = "MAINTENANCE";

    private final DeliveryRules rules;
    private final ClientTimes times;

    public DeliveryDecider() {
        this(DeliveryRules.SOP, ClientTimes.DEFAULT);
    }

    public DeliveryDecider(DeliveryRules rules) {
        this(rules, ClientTimes.DEFAULT);
    }

    public DeliveryDecider(DeliveryRules rules, ClientTimes times) {
        this.rules = rules;
        this.times = times;
    }

    /** The plan's calendar week of an instant: week 1 is the first interval after the plan started. */
    public int weekOf(Delivery d, java.time.Instant at) {
        java.time.Instant start = d.planStartedAt() != null ? d.planStartedAt() : d.openedAt();
        long elapsed = Math.max(0, java.time.Duration.between(start, at).toMillis());
        return (int) (elapsed / rules.progressEvery().toMillis()) + 1;
    }

    /** When the report of a plan week is due: the end of that week. */
    public java.time.Instant weekDueAt(Delivery d, int week) {
        java.time.Instant start = d.planStartedAt() != null ? d.planStartedAt() : d.openedAt();
        return start.plus(rules.progressEvery().multipliedBy(week));
    }

    @Override
    public Delivery initialState() {
        return Delivery.EMPTY;
    }

    @Override
    public List<DeliveryEvent> decide(Delivery d, DeliveryCommand command) {
        if (command instanceof DeliveryCommand.Open o) {
            // once per cycle: a reopened opportunity's new contract starts a new delivery
            return d.exists() && o.cycle() <= d.cycle() ? List.of() : List.of(new DeliveryOpened(o.opportunityId(),
                    o.contractId(), o.now(), o.deliveryDate(), List.copyOf(o.maintenance()), o.scenario(),
                    o.customerName(), o.accountId(), o.cycle()));
        }
        if (!d.exists()) {
            throw new NotFound("delivery", "");
        }
        List<DeliveryEvent> throughLink = links(d, command);
        if (throughLink != null) {
            return throughLink;
        }
        if (command instanceof DeliveryCommand.MarkOverdue m) {
            return overdue(d, m);
        }
        if (command instanceof DeliveryCommand.Plan p) {
            return plan(d, p);
        }
        if (command instanceof DeliveryCommand.ReportProgress r) {
            if (d.status() == DeliveryStatus.AFTER_SALES) {
                throw conflict("delivery-accepted", "the delivery is accepted; progress reports end there");
            }
            if (d.milestones().isEmpty()) {
                throw conflict("not-planned", "plan the delivery first: weekly reports count from the plan's start");
            }
            return List.of(new ProgressReported(weekOf(d, r.now()), required(r.summary(), "summary"),
                    List.copyOf(r.issues())));
        }
        if (command instanceof DeliveryCommand.CompleteMilestone c) {
            Delivery.PlannedMilestone m = d.milestones().stream().filter(x -> x.milestoneId().equals(c.milestoneId()))
                    .findFirst().orElseThrow(() -> new NotFound("milestone", c.milestoneId()));
            if (m.completedAt() != null) {
                throw conflict("milestone-completed", "milestone " + m.milestoneId() + " is complete");
            }
            return List.of(new MilestoneCompleted(m.milestoneId(), times.accept("completedAt", c.completedAt(), c.now())));
        }
        if (command instanceof DeliveryCommand.SignAcceptance a) {
            return accept(d, a);
        }
        if (d.status() != DeliveryStatus.AFTER_SALES) {
            throw conflict("not-accepted", "after-sales starts with the customer's signed acceptance");
        }
        if (command instanceof DeliveryCommand.CompleteCallback c) {
            if (d.callback() != null) {
                throw conflict("callback-done", "the first callback is recorded");
            }
            return List.of(new CallbackCompleted(times.accept("at", c.at(), c.now(), d.acceptance().signedAt(),
                    "acceptance"), required(c.notes(), "notes"), List.copyOf(c.adjustmentsRequested())));
        }
        if (command instanceof DeliveryCommand.LogMaintenance m) {
            return List.of(new MaintenanceLogged(m.kind(), times.accept("at", m.at(), m.now(), d.acceptance().signedAt(),
                    "acceptance"), required(m.notes(), "notes")));
        }
        if (command instanceof DeliveryCommand.Survey s) {
            surveyOpen(d, s.now());
            scoresInRange(s.serviceQuality(), s.solutionEffect(), s.responseSpeed(), s.teamwork());
            return List.of(new SatisfactionSurveyed(s.serviceQuality(), s.solutionEffect(), s.responseSpeed(),
                    s.teamwork(), s.overall(), blankToNull(s.suggestions()), rules.scoreMax(), s.now()));
        }
        if (command instanceof DeliveryCommand.IdentifyUpsell u) {
            return List.of(new UpsellIdentified(d.customerKey(), required(u.product(), "product"),
                    required(u.rationale(), "rationale"), d.customerName(), null));
        }
        if (command instanceof DeliveryCommand.RecordReferral r) {
            if (r.contact() == null || (isBlank(r.contact().email()) && isBlank(r.contact().phone()))) {
                throw unprocessable("contact-details-required", "the referred contact needs an e-mail or a phone");
            }
            return List.of(new ReferralReceived(d.customerKey(), required(r.referredCompany(), "referredCompany"),
                    r.contact(), required(r.incentive(), "incentive")));
        }
        if (command instanceof DeliveryCommand.JoinCommunity j) {
            String community = required(j.community(), "community");
            if (d.communities().stream().anyMatch(c -> c.community().equalsIgnoreCase(community))) {
                throw conflict("already-member", "the customer is a member of " + community);
            }
            return List.of(new CommunityJoined(d.customerKey(), community));
        }
        throw new IllegalArgumentException("unhandled " + command);
    }

    private List<DeliveryEvent> plan(Delivery d, DeliveryCommand.Plan p) {
        if (d.status() == DeliveryStatus.AFTER_SALES) {
            throw conflict("delivery-accepted", "the delivery is accepted");
        }
        if (p.milestones().isEmpty()) {
            throw unprocessable("milestones-required", "a delivery plan has milestones");
        }
        Set<String> ids = new HashSet<>();
        for (Milestone m : p.milestones()) {
            if (!ids.add(m.milestoneId())) {
                throw unprocessable("milestone-ids-unique", "milestone id " + m.milestoneId() + " appears twice");
            }
            if (isBlank(m.owner())) {
                throw unprocessable("milestone-owner-required", "milestone " + m.milestoneId() + " needs an owner");
            }
        }
        for (Delivery.PlannedMilestone done : d.milestones()) {
            if (done.completedAt() != null && !ids.contains(done.milestoneId())) {
                throw unprocessable("completed-milestone-kept", "completed milestone " + done.milestoneId()
                        + " cannot be dropped from the plan");
            }
        }
        return List.of(new DeliveryPlanned(List.copyOf(p.milestones()), p.now()));
    }

    /** The survey can be taken now: after acceptance, once, and not before real use (else refused naming why). */
    private void surveyOpen(Delivery d, java.time.Instant now) {
        if (d.status() != DeliveryStatus.AFTER_SALES) {
            throw conflict("not-accepted", "after-sales starts with the customer's signed acceptance");
        }
        if (d.survey() != null) {
            throw conflict("survey-done", "the satisfaction survey is recorded");
        }
        java.time.Instant earliest = d.acceptance().signedAt().atOffset(java.time.ZoneOffset.UTC)
                .plus(rules.surveyEarliest()).toInstant();
        if (now.isBefore(earliest)) {
            throw conflict("survey-too-early", "the satisfaction survey follows real use: not before " + earliest
                    + " (" + rules.surveyEarliest() + " after acceptance); it is due one month after acceptance");
        }
    }

    private void scoresInRange(int... scores) {
        for (int score : scores) {
            if (score < 1 || score > rules.scoreMax()) {
                throw unprocessable("score-range", "every score is 1 to " + rules.scoreMax());
            }
        }
    }

    /** The milestones still open; refused once accepted or before a plan. */
    private static List<String> openMilestonesBeforeAcceptance(Delivery d) {
        if (d.status() == DeliveryStatus.AFTER_SALES) {
            throw conflict("delivery-accepted", "the acceptance report is signed");
        }
        if (d.milestones().isEmpty()) {
            throw unprocessable("no-plan", "plan the delivery before its acceptance");
        }
        return d.milestones().stream().filter(m -> m.completedAt() == null)
                .map(Delivery.PlannedMilestone::milestoneId).toList();
    }

    /** The customer's link commands; null for any other command. */
    private List<DeliveryEvent> links(Delivery d, DeliveryCommand command) {
        if (command instanceof DeliveryCommand.SendLink l) {
            return sendLink(d, l);
        }
        if (command instanceof DeliveryCommand.OpenLink o) {
            CustomerAct act = d.links().get(o.linkId()).act();
            return d.links().firstOpening(o.linkId(), o.now(), d.documentVersion(act))
                    ? List.of(new DeliveryLinkOpened(o.linkId(), o.now())) : List.of();
        }
        if (command instanceof DeliveryCommand.RevokeLink v) {
            return d.links().revokes(v.linkId(), v.now())
                    ? List.of(new DeliveryLinkRevoked(v.linkId(), v.now(), v.revokedBy())) : List.of();
        }
        if (command instanceof DeliveryCommand.MarkLinkUnused m) {
            CustomerAct act = d.links().get(m.linkId()).act();
            boolean stillOpen = act == CustomerAct.ANSWER_SURVEY ? d.survey() == null
                    : d.status() != DeliveryStatus.AFTER_SALES;
            return stillOpen && d.links().stillAwaited(m.linkId(), d.documentVersion(act))
                    ? List.of(new DeliveryLinkExpired(m.linkId(), m.dueAt())) : List.of();
        }
        if (command instanceof DeliveryCommand.SignAcceptanceThroughLink a) {
            CustomerLink link = d.links().usable(a.linkId(), CustomerAct.SIGN_ACCEPTANCE, a.now(),
                    d.documentVersion(CustomerAct.SIGN_ACCEPTANCE));
            List<String> open = openMilestonesBeforeAcceptance(d);
            if (!open.isEmpty()) {
                throw unprocessable("milestones-open", "milestones not complete: " + open);
            }
            List<Signature> signatures = new ArrayList<>(d.links().oursFor(link.linkId()).stream().toList());
            signatures.add(new Signature(Signature.Side.CUSTOMER, a.name(), a.role(), a.now(), Signature.Method.ELECTRONIC,
                    null, CustomerLinks.evidence(link, a.evidence(), a.now())));
            List<Signature> signed = BothSides.check(signatures, a.now(), null, null, "link");
            return List.of(new AcceptanceSigned("acceptance report " + link.documentVersion(),
                    BothSides.nameOf(signed, Signature.Side.CUSTOMER), BothSides.completedAt(signed), null, signed),
                    new DeliveryLinkUsed(link.linkId(), a.now()));
        }
        if (command instanceof DeliveryCommand.AnswerSurveyThroughLink s) {
            CustomerLink link = d.links().usable(s.linkId(), CustomerAct.ANSWER_SURVEY, s.now(),
                    d.documentVersion(CustomerAct.ANSWER_SURVEY));
            surveyOpen(d, s.now());
            scoresInRange(s.serviceQuality(), s.solutionEffect(), s.responseSpeed(), s.teamwork());
            if (s.overall() == null) {
                throw unprocessable("overall-required", "the overall rating is SATISFIED, NEUTRAL or DISSATISFIED");
            }
            return List.of(new SatisfactionSurveyed(s.serviceQuality(), s.solutionEffect(), s.responseSpeed(),
                    s.teamwork(), s.overall(), blankToNull(s.suggestions()), rules.scoreMax(), s.now(),
                    required(s.respondent(), "respondent"), CustomerLinks.evidence(link, s.evidence(), s.now())),
                    new DeliveryLinkUsed(link.linkId(), s.now()));
        }
        return null;
    }

    private List<DeliveryEvent> sendLink(Delivery d, DeliveryCommand.SendLink l) {
        Signature ours = null;
        if (l.act() == CustomerAct.SIGN_ACCEPTANCE) {
            List<String> open = openMilestonesBeforeAcceptance(d);
            if (!open.isEmpty()) {
                throw unprocessable("milestones-open", "milestones not complete: " + open + "; complete them before "
                        + "the customer signs (an override is recorded by staff with the paper acceptance)");
            }
            ours = new Signature(Signature.Side.OURS, required(l.ourName(), "ourSignatory.name"),
                    required(l.ourRole(), "ourSignatory.role"), l.now(), Signature.Method.ELECTRONIC, null);
        } else if (l.act() == CustomerAct.ANSWER_SURVEY) {
            surveyOpen(d, l.now());
        } else {
            throw unprocessable("act-not-here", "delivery-service sends links to sign the acceptance report "
                    + "(SIGN_ACCEPTANCE) or to answer the satisfaction survey (ANSWER_SURVEY), not " + l.act());
        }
        String version = d.documentVersion(l.act());
        CustomerLink link = CustomerLink.issue(l.linkId(), d.opportunityId(), l.act(), version, null, l.now(),
                l.lifetime(), l.sentBy());
        return List.of(new DeliveryLinkSent(link.linkId(), l.act(), version, l.now(), link.expiresAt(), l.sentBy(),
                isBlank(l.sentTo()) ? null : l.sentTo().strip(), ours));
    }

    private List<DeliveryEvent> accept(Delivery d, DeliveryCommand.SignAcceptance a) {
        List<String> open = openMilestonesBeforeAcceptance(d);
        String override = blankToNull(a.overrideReason());
        if (!open.isEmpty() && override == null) {
            throw unprocessable("milestones-open", "milestones not complete: " + open
                    + "; complete them or sign with an overrideReason");
        }
        List<Signature> signatures = BothSides.check(a.signatures(), a.now(), times, null, null);
        return List.of(new AcceptanceSigned(required(a.reportRef(), "reportRef"),
                BothSides.nameOf(signatures, Signature.Side.CUSTOMER), BothSides.completedAt(signatures),
                open.isEmpty() ? null : override, signatures));
    }

    /** Missed unless a visit of that kind was logged within the interval before its due time. */
    private List<DeliveryEvent> maintenanceOverdue(Delivery d, DeliveryCommand.MarkOverdue m) {
        io.dealstream.events.common.MaintenanceKind kind = io.dealstream.events.common.MaintenanceKind.valueOf(m.reference());
        int months = d.everyMonths(kind).orElse(0);
        if (months == 0) {
            return List.of();
        }
        java.time.Instant windowStart = m.dueAt().atOffset(java.time.ZoneOffset.UTC).minusMonths(months).toInstant();
        boolean logged = d.maintenanceLog().stream().anyMatch(l -> l.kind() == kind && l.at().isAfter(windowStart));
        return logged ? List.of() : List.of(new io.dealstream.events.delivery.MaintenanceOverdue(kind, m.dueAt(),
                m.dueAt().atOffset(java.time.ZoneOffset.UTC).plusMonths(months).toInstant()));
    }

    private List<DeliveryEvent> overdue(Delivery d, DeliveryCommand.MarkOverdue m) {
        switch (m.kind()) {
            case PROGRESS_REPORT:
                boolean reported = d.progress().stream().anyMatch(r -> r.week() == m.week());
                return reported || d.status() == DeliveryStatus.AFTER_SALES ? List.of()
                        : List.of(new ProgressReportOverdue(m.week(), m.dueAt()));
            case CALLBACK:
                return d.callback() != null ? List.of() : List.of(new CallbackOverdue(m.dueAt()));
            case SURVEY:
                return d.survey() != null ? List.of() : List.of(new SurveyOverdue(m.dueAt()));
            case MAINTENANCE:
                return maintenanceOverdue(d, m);
            default:
                throw new IllegalArgumentException("unknown deadline " + m.kind());
        }
    }

    @Override
    public Delivery evolve(Delivery d, DomainEvent event) {
        Delivery next = evolveDelivery(d, event);
        Delivery folded = next;
        return next.with(c -> c.links = folded.links().evolve(folded.opportunityId(), event));
    }

    private Delivery evolveDelivery(Delivery d, DomainEvent event) {
        if (event instanceof DeliveryOpened o) {
            return new Delivery(o.opportunityId(), DeliveryStatus.PLANNING, o.contractId(), o.openedAt(), o.deliveryDate(),
                    o.maintenance(), o.scenario(), o.customerName(), o.accountId(), List.of(), List.of(), List.of(),
                    null, null, false, List.of(), null, false, List.of(), List.of(), List.of(), null, o.cycleNumber(),
                    List.of(), d == null ? CustomerLinks.NONE : d.links());
        }
        if (event instanceof DeliveryPlanned p) {
            List<Delivery.PlannedMilestone> milestones = new ArrayList<>();
            for (Milestone m : p.milestones()) {
                java.time.Instant done = d.milestones().stream().filter(x -> x.milestoneId().equals(m.milestoneId()))
                        .map(Delivery.PlannedMilestone::completedAt).filter(java.util.Objects::nonNull).findFirst()
                        .orElse(null);
                milestones.add(new Delivery.PlannedMilestone(m.milestoneId(), m.name(), m.dueAt(), m.owner(),
                        m.deliverable(), done));
            }
            return d.with(c -> {
                c.status = DeliveryStatus.IN_DELIVERY;
                c.milestones = milestones;
                // the first plan starts the weekly calendar; a re-plan keeps it
                if (d.planStartedAt() == null) {
                    c.planStartedAt = p.plannedAt() != null ? p.plannedAt() : d.openedAt();
                }
            });
        }
        if (event instanceof MilestoneCompleted done) {
            return d.with(c -> c.milestones = d.milestones().stream().map(m -> m.milestoneId()
                    .equals(done.milestoneId()) ? new Delivery.PlannedMilestone(m.milestoneId(), m.name(), m.dueAt(),
                    m.owner(), m.deliverable(), done.completedAt()) : m).toList());
        }
        if (event instanceof ProgressReported r) {
            return d.with(c -> c.progress = add(d.progress(), r));
        }
        if (event instanceof ProgressReportOverdue o) {
            return d.with(c -> c.missedWeeks = add(d.missedWeeks(), o.week()));
        }
        if (event instanceof AcceptanceSigned a) {
            return d.with(c -> {
                c.status = DeliveryStatus.AFTER_SALES;
                c.acceptance = new Delivery.Acceptance(a.reportRef(), a.signedBy(), a.signedAt(), a.overrideReason(),
                        a.signatures() == null ? List.of() : a.signatures());
            });
        }
        if (event instanceof CallbackCompleted done) {
            return d.with(c -> {
                c.callback = done;
                c.callbackOverdue = false;
            });
        }
        if (event instanceof CallbackOverdue) {
            return d.with(c -> c.callbackOverdue = true);
        }
        if (event instanceof MaintenanceLogged m) {
            return d.with(c -> c.maintenanceLog = add(d.maintenanceLog(), m));
        }
        if (event instanceof SatisfactionSurveyed s) {
            return d.with(c -> {
                c.survey = s;
                c.surveyOverdue = false;
            });
        }
        if (event instanceof SurveyOverdue) {
            return d.with(c -> c.surveyOverdue = true);
        }
        if (event instanceof UpsellIdentified u) {
            return d.with(c -> c.upsells = add(d.upsells(), u));
        }
        if (event instanceof ReferralReceived r) {
            return d.with(c -> c.referrals = add(d.referrals(), r));
        }
        if (event instanceof io.dealstream.events.delivery.MaintenanceOverdue o) {
            return d.with(c -> c.missedMaintenance = add(d.missedMaintenance(), o));
        }
        if (event instanceof CommunityJoined joined) {
            return d.with(c -> c.communities = add(d.communities(), joined));
        }
        return d;
    }

    private static <T> List<T> add(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
