package io.dealstream.events.needs;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.InCycle;
import io.dealstream.events.common.Scenario;
import java.time.Instant;
import java.util.UUID;

/**
 * A HIGH lead opened needs research; the deep conversation is due 24 h after qualification. A reopened
 * opportunity (a new {@code cycle}) opens a fresh research on the same stream.
 * {@code cycle}: the opportunity's sales cycle (1 for its first run through the stages; a deferred or
 * lost opportunity graded HIGH again starts the next); absent on events stored before cycles were recorded
 * (cycle 1).
 */
public record NeedsResearchOpened(
        UUID opportunityId,
        Instant deepTalkDueAt,
        String customerName,
        Scenario scenario,
        @Nullable UUID accountId,
        @Nullable Contact contact,
        @Nullable String needSummary,
        @Nullable BudgetRange budgetRange,
        @Nullable Integer cycle) implements NeedsEvent, InCycle {

    public NeedsResearchOpened(UUID opportunityId, Instant deepTalkDueAt, String customerName, Scenario scenario,
            UUID accountId, Contact contact, String needSummary, BudgetRange budgetRange) {
        this(opportunityId, deepTalkDueAt, customerName, scenario, accountId, contact, needSummary, budgetRange, null);
    }
}
