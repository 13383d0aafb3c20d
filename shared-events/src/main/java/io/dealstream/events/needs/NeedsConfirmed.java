package io.dealstream.events.needs;

import io.dealstream.events.privacy.PersonalData;
import io.dealstream.events.Nullable;
import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.DecisionProcess;
import io.dealstream.events.common.Pain;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.common.Scenario;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The customer signed the needs confirmation (cross-service: proposal-service opens a proposal). */
public record NeedsConfirmed(
        @PersonalData String signedBy,
        Instant signedAt,
        String documentRef,
        List<Requirement> requirements,
        List<Pain> pains,
        List<String> goals,
        @Nullable BudgetRange budgetRange,
        DecisionProcess decisionProcess,
        Scenario scenario,
        @Nullable String customerName,
        @Nullable UUID accountId) implements NeedsEvent {
}
