package io.dealstream.events.needs;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import java.time.Instant;
import java.util.UUID;

/** A HIGH lead opened needs research; the deep conversation is due 24 h after qualification. */
public record NeedsResearchOpened(
        UUID opportunityId,
        Instant deepTalkDueAt,
        String customerName,
        Scenario scenario,
        @Nullable UUID accountId,
        @Nullable Contact contact,
        @Nullable String needSummary,
        @Nullable BudgetRange budgetRange) implements NeedsEvent {
}
