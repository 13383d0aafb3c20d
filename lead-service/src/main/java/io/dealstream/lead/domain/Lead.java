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
        UUID mergedInto) {

    public static final Lead EMPTY = new Lead(null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, false, null, null);

    public boolean exists() {
        return status != null;
    }

    public boolean isClosed() {
        return status == LeadStatus.DISQUALIFIED || status == LeadStatus.MERGED;
    }

    Lead with(LeadStatus newStatus) {
        return new Lead(id, newStatus, customerName, accountId, contact, channel, sourceTag, needSummary, scenario,
                owner, needStated, budgetRange, intent, tier, overridden, nextFollowUpAt, mergedInto);
    }

    Lead withFacts(Boolean stated, BudgetRange budget) {
        return new Lead(id, status, customerName, accountId, contact, channel, sourceTag, needSummary, scenario,
                owner, stated, budget, intent, tier, overridden, nextFollowUpAt, mergedInto);
    }

    Lead withGrade(LeadStatus newStatus, Intent newIntent, Tier newTier, boolean isOverride, Instant next) {
        return new Lead(id, newStatus, customerName, accountId, contact, channel, sourceTag, needSummary, scenario,
                owner, needStated, budgetRange, newIntent, newTier, isOverride, next, mergedInto);
    }

    Lead withNextFollowUp(Instant next) {
        return new Lead(id, status, customerName, accountId, contact, channel, sourceTag, needSummary, scenario,
                owner, needStated, budgetRange, intent, tier, overridden, next, mergedInto);
    }

    Lead mergedInto(UUID survivor) {
        return new Lead(id, LeadStatus.MERGED, customerName, accountId, contact, channel, sourceTag, needSummary,
                scenario, owner, needStated, budgetRange, intent, tier, overridden, null, survivor);
    }
}
