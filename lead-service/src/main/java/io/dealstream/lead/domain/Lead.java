package io.dealstream.lead.domain;

import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.lead.FollowUpKind;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.lead.Tier;
import java.time.Instant;
import java.util.UUID;

/**
 * The state of a lead, folded from its events; the {@code leads} row is a copy of it. {@link #EMPTY} is the
 * state before capture. Nullable fields are null until the event that sets them.
 */
public record Lead(
        UUID id,
        LeadStatus status,
        Profile profile,
        Scenario scenario,
        Boolean needStated,
        BudgetRange budgetRange,
        Grade grade,
        NextStep next,
        int nurtureCount,
        UUID mergedInto,
        SalesCycle cycle) {

    /** Who the lead is and where it came from, as captured. */
    public record Profile(String customerName, UUID accountId, Contact contact, Channel channel, String sourceTag,
            String needSummary, String owner) {

        static final Profile NONE = new Profile(null, null, null, null, null, null, null);
    }

    /** The intent grade, its tier, why, and whether a person overrode the SOP's grade. */
    public record Grade(Intent intent, Tier tier, String reason, boolean overridden) {

        static final Grade NONE = new Grade(null, null, null, false);
    }

    /** The next step awaited from us and whether it is overdue. */
    public record NextStep(Instant at, boolean overdue) {

        static final NextStep NONE = new NextStep(null, false);
    }

    /**
     * The opportunity's sales cycle: its number, whether it reached a HIGH grade (the stages beyond the lead
     * opened), and whether it ended since (deferred or disqualified), so that the next HIGH grade starts a new
     * cycle: the stages run again for the reopened opportunity.
     */
    public record SalesCycle(int number, boolean graded, boolean ended) {

        static final SalesCycle FIRST = new SalesCycle(1, false, false);

        /** The cycle a HIGH grade now belongs to. */
        int nextHigh() {
            return graded && ended ? number + 1 : number;
        }
    }

    public static final Lead EMPTY = new Lead(null, null, Profile.NONE, null, null, null, Grade.NONE, NextStep.NONE, 0,
            null, SalesCycle.FIRST);

    public boolean exists() {
        return status != null;
    }

    public boolean isClosed() {
        return status == LeadStatus.DISQUALIFIED || status == LeadStatus.MERGED;
    }

    /**
     * A HIGH lead's next step is the deep conversation, whose 24 h clock is needs-service's: lead-service follows
     * it ({@code DeepTalkFollower}) instead of keeping a deadline of its own.
     */
    public boolean awaitsDeepTalk() {
        return status == LeadStatus.QUALIFIED && tier() == Tier.HIGH;
    }

    /** The kind of the next follow-up: the tier's (an ungraded lead's follow-ups are the nurture kind). */
    public FollowUpKind followUpKind() {
        return TierPolicy.deadlineKind(tier() == null ? Tier.MEDIUM : tier());
    }

    public String customerName() {
        return profile.customerName();
    }

    public UUID accountId() {
        return profile.accountId();
    }

    public Contact contact() {
        return profile.contact();
    }

    public String needSummary() {
        return profile.needSummary();
    }

    public String owner() {
        return profile.owner();
    }

    public Intent intent() {
        return grade.intent();
    }

    public Tier tier() {
        return grade.tier();
    }

    public boolean overridden() {
        return grade.overridden();
    }

    public Instant nextFollowUpAt() {
        return next.at();
    }

    Lead with(LeadStatus newStatus) {
        return new Lead(id, newStatus, profile, scenario, needStated, budgetRange, grade, next, nurtureCount, mergedInto,
                cycle);
    }

    Lead withFacts(Boolean stated, BudgetRange budget) {
        return new Lead(id, status, profile, scenario, stated, budget, grade, next, nurtureCount, mergedInto, cycle);
    }

    Lead withGrade(LeadStatus newStatus, Grade newGrade, NextStep newNext) {
        return new Lead(id, newStatus, profile, scenario, needStated, budgetRange, newGrade, newNext, nurtureCount,
                mergedInto, cycle);
    }

    Lead withNext(NextStep newNext) {
        return new Lead(id, status, profile, scenario, needStated, budgetRange, grade, newNext, nurtureCount, mergedInto,
                cycle);
    }

    Lead withCycle(SalesCycle c) {
        return new Lead(id, status, profile, scenario, needStated, budgetRange, grade, next, nurtureCount, mergedInto, c);
    }

    Lead withScenario(Scenario s) {
        return new Lead(id, status, profile, s, needStated, budgetRange, grade, next, nurtureCount, mergedInto, cycle);
    }

    Lead nurtured() {
        return new Lead(id, status, profile, scenario, needStated, budgetRange, grade, next, nurtureCount + 1,
                mergedInto, cycle);
    }

    Lead mergedInto(UUID survivor) {
        return new Lead(id, LeadStatus.MERGED, profile, scenario, needStated, budgetRange, grade, NextStep.NONE,
                nurtureCount, survivor, cycle);
    }
}
