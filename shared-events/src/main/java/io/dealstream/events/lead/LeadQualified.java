package io.dealstream.events.lead;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import java.time.Instant;
import java.util.UUID;

/**
 * The intent grade and tier of a lead (cross-service: needs-service opens research on HIGH).
 * {@code overridden} is true when a person set the grade against the SOP rule; {@code reason} says why.
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
        @Nullable String owner) implements LeadEvent {
}
