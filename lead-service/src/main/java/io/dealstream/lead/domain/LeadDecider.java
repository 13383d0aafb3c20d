package io.dealstream.lead.domain;

import static io.dealstream.eventstore.domain.Texts.required;
import static io.dealstream.eventstore.domain.Texts.isBlank;
import static io.dealstream.eventstore.domain.Texts.blankToNull;
import static io.dealstream.eventstore.domain.DomainRuleViolation.conflict;
import static io.dealstream.eventstore.domain.DomainRuleViolation.unprocessable;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.lead.FirstContactLogged;
import io.dealstream.events.lead.FollowUpLogged;
import io.dealstream.events.lead.FollowUpOverdue;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.lead.LeadCaptured;
import io.dealstream.events.lead.LeadDisqualified;
import io.dealstream.events.lead.LeadEvent;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.events.lead.LeadReactivated;
import io.dealstream.events.lead.LeadsMerged;
import io.dealstream.events.lead.NurtureMaterialSent;
import io.dealstream.events.lead.Tier;
import io.dealstream.eventstore.Decider;
import io.dealstream.eventstore.domain.ClientTimes;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.lead.domain.LeadCommand.Absorb;
import io.dealstream.lead.domain.LeadCommand.Capture;
import io.dealstream.lead.domain.LeadCommand.Defer;
import io.dealstream.lead.domain.LeadCommand.Disqualify;
import io.dealstream.lead.domain.LeadCommand.LogFirstContact;
import io.dealstream.lead.domain.LeadCommand.LogFollowUp;
import io.dealstream.lead.domain.LeadCommand.MarkOverdue;
import io.dealstream.lead.domain.LeadCommand.MergeInto;
import io.dealstream.lead.domain.LeadCommand.Qualify;
import io.dealstream.lead.domain.LeadCommand.Reactivate;
import io.dealstream.lead.domain.LeadCommand.SendNurtureMaterial;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Stage 1 rules: capture, first contact, grading and tiers, nurture, follow-ups, reactivation, merge. */
public final class LeadDecider implements Decider<Lead, LeadCommand> {

    private final TierPolicy policy;
    private final ClientTimes times;

    public LeadDecider(TierPolicy policy) {
        this(policy, ClientTimes.DEFAULT);
    }

    public LeadDecider(TierPolicy policy, ClientTimes times) {
        this.policy = policy;
        this.times = times;
    }

    @Override
    public Lead initialState() {
        return Lead.EMPTY;
    }

    @Override
    public List<LeadEvent> decide(Lead lead, LeadCommand command) {
        if (command instanceof Capture c) {
            return capture(lead, c);
        }
        if (!lead.exists()) {
            throw new NotFound("lead", "");
        }
        if (command instanceof MarkOverdue m) {
            // an overdue mark on a closed lead is moot: the deadline is simply dropped
            if (lead.isClosed()) {
                return List.of();
            }
            // a deferred lead's reactivation recurs every quarter until it is closed
            boolean quarterly = m.kind() == io.dealstream.events.lead.FollowUpKind.QUARTERLY_REACTIVATION
                    && lead.tier() == Tier.LOW;
            return List.of(new FollowUpOverdue(m.kind(), m.dueAt(), quarterly ? policy.nextReactivation(m.dueAt()) : null));
        }
        if (lead.isClosed() && !(command instanceof Reactivate && lead.status() == LeadStatus.DISQUALIFIED)) {
            throw conflict("lead-closed", "the lead is " + lead.status() + "; only a disqualified lead can be reactivated");
        }
        if (command instanceof LogFirstContact c) {
            return firstContact(lead, c);
        }
        if (command instanceof Qualify q) {
            return qualify(lead, q);
        }
        if (command instanceof SendNurtureMaterial n) {
            return nurture(lead, n);
        }
        if (command instanceof LogFollowUp f) {
            return followUp(lead, f);
        }
        if (command instanceof Reactivate r) {
            return reactivate(lead, r);
        }
        if (command instanceof LeadCommand.ChangeScenario s) {
            return changeScenario(lead, s);
        }
        if (command instanceof Disqualify d) {
            return List.of(new LeadDisqualified(required(d.reason(), "reason")));
        }
        if (command instanceof Defer d) {
            return List.of(grade(lead, Intent.LOW, required(d.reason(), "reason"), false, d.now()));
        }
        if (command instanceof MergeInto m) {
            return merge(lead, m);
        }
        if (command instanceof Absorb a) {
            return List.of(new LeadsMerged(lead.id(), a.mergedLeadId()));
        }
        throw new IllegalArgumentException("unhandled " + command);
    }

    private List<LeadEvent> capture(Lead lead, Capture c) {
        if (lead.exists()) {
            throw conflict("lead-exists", "lead " + c.leadId() + " already exists");
        }
        required(c.customerName(), "customerName");
        if (c.contact() == null || c.contact().name() == null || c.contact().name().isBlank()) {
            throw unprocessable("contact-required", "a contact person with a name is required");
        }
        if (isBlank(c.contact().email()) && isBlank(c.contact().phone())) {
            throw unprocessable("contact-details-required", "the contact needs an e-mail address or a phone number");
        }
        if (c.channel() == io.dealstream.events.lead.Channel.REFERRAL && c.referredByAccountId() == null
                && c.referredByOpportunityId() == null && isBlank(c.sourceTag())) {
            throw unprocessable("referral-needs-referrer", "a referral names the referring account or, in the source tag, who referred");
        }
        return List.of(new LeadCaptured(c.leadId(), c.accountId(), c.customerName().strip(), c.contact(), c.channel(),
                blankToNull(c.sourceTag()), blankToNull(c.needSummary()), scenarioOf(c), c.referredByAccountId(),
                blankToNull(c.industry()), blankToNull(c.owner()), c.referredByOpportunityId()));
    }

    /** The scenario follows the customer: a known account buys again unless the salesperson says otherwise. */
    static Scenario scenarioOf(Capture c) {
        if (c.scenario() != null) {
            return c.scenario();
        }
        return c.accountId() != null ? Scenario.REPEAT_PURCHASE : Scenario.NEW_CUSTOMER;
    }

    private List<LeadEvent> firstContact(Lead lead, LogFirstContact c) {
        if (lead.status() != LeadStatus.NEW) {
            throw conflict("first-contact-already-logged", "the first contact is logged; log a follow-up instead");
        }
        if (c.contactedAt() != null && c.contactedAt().isAfter(c.now().plusSeconds(300))) {
            throw unprocessable("contact-in-future", "contactedAt lies in the future");
        }
        Instant contactedAt = times.accept("contactedAt", c.contactedAt(), c.now()); // no back-dating beyond the window
        Intent derived = IntentGrading.grade(c.needStated(), c.budgetRange());
        Lead withFacts = lead.withFacts(c.needStated(), c.budgetRange());
        return List.of(
                new FirstContactLogged(c.via(), contactedAt, required(c.summary(), "summary"), c.needStated(),
                        c.budgetRange()),
                grade(withFacts, derived, IntentGrading.reason(c.needStated(), c.budgetRange()), false, c.now()));
    }

    private List<LeadEvent> qualify(Lead lead, Qualify q) {
        boolean needStated = q.needStated() != null ? q.needStated() : Boolean.TRUE.equals(lead.needStated());
        BudgetRange budget = q.budgetRange() != null ? q.budgetRange() : lead.budgetRange();
        if (q.needStated() == null && lead.needStated() == null && q.override() == null) {
            throw unprocessable("facts-required", "grading needs the facts of a contact: needStated (and a budget range)");
        }
        Intent derived = IntentGrading.grade(needStated, budget);
        Lead withFacts = lead.withFacts(needStated, budget);
        if (q.override() != null && q.override() != derived) {
            if (!q.byManager()) {
                throw io.dealstream.eventstore.domain.DomainRuleViolation.forbidden("override-needs-manager",
                        "the SOP grades this lead " + derived + "; only a manager overrides it to " + q.override());
            }
            if (isBlank(q.reason())) {
                throw unprocessable("override-needs-reason",
                        "the SOP grades this lead " + derived + "; overriding it to " + q.override() + " needs a reason");
            }
            return List.of(grade(withFacts, q.override(), q.reason().strip(), true, q.now()));
        }
        String reason = isBlank(q.reason()) ? IntentGrading.reason(needStated, budget) : q.reason().strip();
        return List.of(grade(withFacts, derived, reason, false, q.now()));
    }

    private List<LeadEvent> nurture(Lead lead, SendNurtureMaterial n) {
        if (lead.tier() != Tier.MEDIUM) {
            throw conflict("not-in-nurture-pool", "material is pushed to MEDIUM leads in the nurture pool; this lead is "
                    + (lead.tier() == null ? "not graded" : lead.tier()));
        }
        return List.of(new NurtureMaterialSent(required(n.material(), "material"), required(n.channel(), "channel")));
    }

    private List<LeadEvent> followUp(Lead lead, LogFollowUp f) {
        if (lead.status() == LeadStatus.NEW) {
            throw conflict("first-contact-missing", "log the first contact before follow-ups");
        }
        if (f.nextFollowUpAt() != null && !f.nextFollowUpAt().isAfter(f.now())) {
            throw unprocessable("next-follow-up-in-past", "nextFollowUpAt must lie in the future");
        }
        List<LeadEvent> events = new ArrayList<>();
        // the quarterly reactivation of a deferred lead happened: the next one is due a quarter later
        Instant next = f.nextFollowUpAt() == null && lead.tier() == Tier.LOW && lead.status() == LeadStatus.DEFERRED
                ? policy.nextReactivation(f.now()) : f.nextFollowUpAt();
        events.add(new FollowUpLogged(required(f.notes(), "notes"), f.outcome(), next));
        if (f.needStated() != null || f.budgetRange() != null) {
            boolean needStated = f.needStated() != null ? f.needStated() : Boolean.TRUE.equals(lead.needStated());
            BudgetRange budget = f.budgetRange() != null ? f.budgetRange() : lead.budgetRange();
            Intent derived = IntentGrading.grade(needStated, budget);
            if (derived != lead.intent() || lead.overridden()) {
                events.add(grade(lead.withFacts(needStated, budget), derived,
                        "re-graded after follow-up: " + IntentGrading.reason(needStated, budget), false, f.now()));
            }
        }
        return events;
    }

    private List<LeadEvent> reactivate(Lead lead, Reactivate r) {
        if (lead.status() != LeadStatus.DEFERRED && lead.status() != LeadStatus.DISQUALIFIED) {
            throw conflict("not-deferred", "only a deferred or disqualified lead can be reactivated; this one is "
                    + lead.status());
        }
        return List.of(new LeadReactivated(lead.intent() == null ? Intent.LOW : lead.intent(),
                required(r.notes(), "notes")));
    }

    private List<LeadEvent> changeScenario(Lead lead, LeadCommand.ChangeScenario s) {
        if (!s.byManager()) {
            throw io.dealstream.eventstore.domain.DomainRuleViolation.forbidden("scenario-needs-manager",
                    "a manager changes the opportunity's scenario (it changes approvals and the rounds expected)");
        }
        if (s.scenario() == lead.scenario()) {
            throw conflict("scenario-unchanged", "the opportunity is " + lead.scenario() + " already");
        }
        return List.of(new io.dealstream.events.lead.ScenarioChanged(s.scenario(), lead.scenario(), s.actor(),
                required(s.reason(), "reason")));
    }

    private List<LeadEvent> merge(Lead lead, MergeInto m) {
        if (m.survivorLeadId().equals(lead.id())) {
            throw unprocessable("merge-into-itself", "a lead cannot be merged into itself");
        }
        return List.of(new LeadsMerged(m.survivorLeadId(), lead.id()));
    }

    private LeadQualified grade(Lead lead, Intent intent, String reason, boolean overridden, java.time.Instant now) {
        Tier tier = IntentGrading.tierOf(intent);
        // a HIGH grade after the opportunity's cycle ended (deferred or disqualified) starts its next cycle
        int cycle = intent == Intent.HIGH ? lead.cycle().nextHigh() : lead.cycle().number();
        return new LeadQualified(intent, reason, tier, policy.dueAt(tier, now), lead.customerName(),
                lead.accountId(), lead.contact(), lead.needSummary(), lead.budgetRange(), lead.scenario(), overridden,
                lead.owner(), cycle);
    }

    @Override
    public Lead evolve(Lead lead, DomainEvent event) {
        if (event instanceof LeadCaptured c) {
            return new Lead(c.leadId(), LeadStatus.NEW, new Lead.Profile(c.customerName(), c.accountId(), c.contact(),
                    c.channel(), c.sourceTag(), c.needSummary(), c.owner()), c.scenario(), null, null,
                    Lead.Grade.NONE, Lead.NextStep.NONE, 0, null, Lead.SalesCycle.FIRST);
        }
        if (event instanceof FirstContactLogged f) {
            return lead.with(LeadStatus.CONTACTED).withFacts(f.needStated(), f.budgetRange());
        }
        if (event instanceof LeadQualified q) {
            Lead.SalesCycle c = lead.cycle();
            Lead.SalesCycle cycle = q.tier() == Tier.HIGH ? new Lead.SalesCycle(q.cycleNumber(), true, false)
                    : new Lead.SalesCycle(c.number(), c.graded(), c.ended() || (c.graded() && q.tier() == Tier.LOW));
            return lead.withFacts(lead.needStated(), q.budgetRange() != null ? q.budgetRange() : lead.budgetRange())
                    .withGrade(IntentGrading.statusOf(q.tier()), new Lead.Grade(q.intent(), q.tier(), q.reason(),
                            q.overridden()), new Lead.NextStep(q.nextStepDueAt(), false))
                    .withCycle(cycle);
        }
        if (event instanceof FollowUpLogged f) {
            if (lead.awaitsDeepTalk()) {
                // a named next date is shown; the deep conversation (and its overdue flag) stays needs-service's
                return lead.withNext(new Lead.NextStep(f.nextFollowUpAt() != null ? f.nextFollowUpAt()
                        : lead.nextFollowUpAt(), lead.next().overdue()));
            }
            return lead.withNext(new Lead.NextStep(f.nextFollowUpAt(), false));
        }
        if (event instanceof FollowUpOverdue) {
            return lead.withNext(new Lead.NextStep(lead.nextFollowUpAt(), true));
        }
        if (event instanceof NurtureMaterialSent) {
            return lead.nurtured();
        }
        if (event instanceof LeadReactivated) {
            // ungraded again; the last grade's reason stays visible until the next grade
            return lead.withGrade(LeadStatus.CONTACTED, new Lead.Grade(null, null, lead.grade().reason(), false),
                    Lead.NextStep.NONE);
        }
        if (event instanceof io.dealstream.events.lead.ScenarioChanged s) {
            return lead.withScenario(s.scenario());
        }
        if (event instanceof LeadDisqualified) {
            Lead.SalesCycle c = lead.cycle();
            return lead.with(LeadStatus.DISQUALIFIED).withNext(Lead.NextStep.NONE)
                    .withCycle(new Lead.SalesCycle(c.number(), c.graded(), c.graded()));
        }
        if (event instanceof LeadsMerged m && m.mergedLeadId().equals(lead.id())) {
            return lead.mergedInto(m.survivorLeadId());
        }
        // a survivor's LeadsMerged leaves the state as it is
        return lead;
    }
}
