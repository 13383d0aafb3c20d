package io.dealstream.lead.domain;

import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.lead.ContactVia;
import io.dealstream.events.lead.FollowUpKind;
import io.dealstream.events.lead.FollowUpOutcome;
import io.dealstream.events.lead.Intent;
import java.time.Instant;
import java.util.UUID;

/** What can be asked of a lead. {@code now} comes from the service's clock, so the domain stays pure. */
public sealed interface LeadCommand {

    Instant now();

    /**
     * A new lead; {@code scenario} may be null (derived: REPEAT_PURCHASE for a known account, else
     * NEW_CUSTOMER); {@code referredByOpportunityId} names the referring opportunity of a referral.
     */
    record Capture(Instant now, UUID leadId, UUID accountId, String customerName, Contact contact, Channel channel,
            String sourceTag, String needSummary, Scenario scenario, UUID referredByAccountId, String industry,
            String owner, UUID referredByOpportunityId) implements LeadCommand {

        public Capture(Instant now, UUID leadId, UUID accountId, String customerName, Contact contact, Channel channel,
                String sourceTag, String needSummary, Scenario scenario, UUID referredByAccountId, String industry,
                String owner) {
            this(now, leadId, accountId, customerName, contact, channel, sourceTag, needSummary, scenario,
                    referredByAccountId, industry, owner, null);
        }
    }

    /** The first contact; the intent grade follows from what was learned. */
    record LogFirstContact(Instant now, ContactVia via, Instant contactedAt, String summary, boolean needStated,
            BudgetRange budgetRange) implements LeadCommand {
    }

    /**
     * Re-grade from new facts, or override the derived grade ({@code override} not null) with a reason.
     * Null facts keep the recorded ones.
     */
    /** A re-grade from facts, or an override of the SOP grade ({@code byManager}: the caller is a manager). */
    record Qualify(Instant now, Boolean needStated, BudgetRange budgetRange, Intent override, String reason,
            boolean byManager) implements LeadCommand {
    }

    record SendNurtureMaterial(Instant now, String material, String channel) implements LeadCommand {
    }

    /** A follow-up; optional new facts re-grade the lead. */
    record LogFollowUp(Instant now, String notes, FollowUpOutcome outcome, Instant nextFollowUpAt,
            Boolean needStated, BudgetRange budgetRange) implements LeadCommand {
    }

    /** A manager changes the opportunity's scenario (e.g. flags it KEY_ACCOUNT); {@code byManager}: the caller's role. */
    record ChangeScenario(Instant now, Scenario scenario, String reason, String actor, boolean byManager)
            implements LeadCommand {
    }

    record Reactivate(Instant now, String notes) implements LeadCommand {
    }

    record Disqualify(Instant now, String reason) implements LeadCommand {
    }

    /** Back to the deferred pool after a lost deal or a rejected proposal. */
    record Defer(Instant now, String reason) implements LeadCommand {
    }

    /** The deadline scheduler found a follow-up deadline passed unmet. */
    record MarkOverdue(Instant now, FollowUpKind kind, Instant dueAt) implements LeadCommand {
    }

    /** On the lead that disappears into the survivor. */
    record MergeInto(Instant now, UUID survivorLeadId) implements LeadCommand {
    }

    /** On the survivor, which keeps its own history and links the merged one. */
    record Absorb(Instant now, UUID mergedLeadId) implements LeadCommand {
    }
}
