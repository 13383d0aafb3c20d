package io.dealstream.lead.domain;

import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.lead.Tier;
import java.time.Instant;
import java.util.UUID;

/**
 * The state of a lead, folded from its events. {@link #EMPTY} is the state before capture.
 * Nullable fields are null until the event that sets them.
 */
public record Lead(
        UUID id,
        LeadStatus status,
        String customerName,
        UUID accountId,
        Contact contact,
        Channel channel,
        String sourceTag,
        String needSummary,
        Scenario scenario,
        String owner,
        Boolean needStated,
        BudgetRange budgetRange,
        Intent intent,
        Tier tier,
        boolean overridden,
        Instant nextFollowUpAt,
        UUID mergedInto,
        SalesCycle cycle) {

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

    public static final Lead EMPTY = new Lead(null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, false, null, null, SalesCycle.FIRST);

    public boolean exists() {
        return status != null;
    }

    public boolean isClosed() {
        return status == LeadStatus.DISQUALIFIED || status == LeadStatus.MERGED;
    }

    Lead with(LeadStatus newStatus) {
        return new Lead(id, newStatus, customerName, accountId, contact, channel, sourceTag, needSummary, scenario,
                owner, needStated, budgetRange, intent, tier, overridden, nextFollowUpAt, mergedInto, cycle);
    }

    Lead withFacts(Boolean stated, BudgetRange budget) {
        return new Lead(id, status, customerName, accountId, contact, channel, sourceTag, needSummary, scenario,
                owner, stated, budget, intent, tier, overridden, nextFollowUpAt, mergedInto, cycle);
    }

    Lead withGrade(LeadStatus newStatus, Intent newIntent, Tier newTier, boolean isOverride, Instant next) {
        return new Lead(id, newStatus, customerName, accountId, contact, channel, sourceTag, needSummary, scenario,
                owner, needStated, budgetRange, newIntent, newTier, isOverride, next, mergedInto, cycle);
    }

    Lead withNextFollowUp(Instant next) {
        return new Lead(id, status, customerName, accountId, contact, channel, sourceTag, needSummary, scenario,
                owner, needStated, budgetRange, intent, tier, overridden, next, mergedInto, cycle);
    }

    Lead withCycle(SalesCycle c) {
        return new Lead(id, status, customerName, accountId, contact, channel, sourceTag, needSummary, scenario,
                owner, needStated, budgetRange, intent, tier, overridden, nextFollowUpAt, mergedInto, c);
    }

    Lead withScenario(Scenario s) {
        return new Lead(id, status, customerName, accountId, contact, channel, sourceTag, needSummary, s,
                owner, needStated, budgetRange, intent, tier, overridden, nextFollowUpAt, mergedInto, cycle);
    }

    Lead mergedInto(UUID survivor) {
        return new Lead(id, LeadStatus.MERGED, customerName, accountId, contact, channel, sourceTag, needSummary,
                scenario, owner, needStated, budgetRange, intent, tier, overridden, null, survivor, cycle);
    }
}
