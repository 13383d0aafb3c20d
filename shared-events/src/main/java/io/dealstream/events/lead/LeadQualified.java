package io.dealstream.events.lead;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.InCycle;
import io.dealstream.events.common.Scenario;
import java.time.Instant;
import java.util.UUID;

/**
 * The intent grade and tier of a lead (cross-service: needs-service opens research on HIGH).
 * {@code overridden} is true when a person set the grade against the SOP rule; {@code reason} says why.
 * {@code cycle}: the opportunity's sales cycle (1 for its first run through the stages; a deferred or
 * lost opportunity graded HIGH again starts the next); absent on events stored before cycles were recorded
 * (cycle 1).
 */
public record LeadQualified(
        Intent intent,
        String reason,
        Tier tier,
        Instant nextStepDueAt,
        String customerName,
        @Nullable UUID accountId,
        Contact contact,
        @Nullable String needSummary,
        @Nullable BudgetRange budgetRange,
        Scenario scenario,
        boolean overridden,
        @Nullable String owner,
        @Nullable Integer cycle) implements LeadEvent, InCycle {

    public LeadQualified(Intent intent, String reason, Tier tier, Instant nextStepDueAt, String customerName,
            UUID accountId, Contact contact, String needSummary, BudgetRange budgetRange, Scenario scenario,
            boolean overridden, String owner) {
        this(intent, reason, tier, nextStepDueAt, customerName, accountId, contact, needSummary, budgetRange, scenario,
                overridden, owner, null);
    }

    /** The cycle, 1 when not recorded. */}
