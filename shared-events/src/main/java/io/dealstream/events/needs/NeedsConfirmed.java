package io.dealstream.events.needs;

import io.dealstream.events.common.Signature;
import io.dealstream.events.privacy.PersonalData;
import io.dealstream.events.Nullable;
import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.DecisionProcess;
import io.dealstream.events.common.InCycle;
import io.dealstream.events.common.Pain;
import io.dealstream.events.common.Requirement;
import io.dealstream.events.common.Scenario;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The needs confirmation is signed by both sides (cross-service: proposal-service opens a proposal).
 * {@code signatures}: each side's signatory with role, time and method; {@code signedBy} is the customer's
 * signatory and {@code signedAt} the last signature (absent signatures: stored before both sides were recorded).
 * {@code cycle}: the opportunity's sales cycle (1 for its first run through the stages; a deferred or
 * lost opportunity graded HIGH again starts the next); absent on events stored before cycles were recorded
 * (cycle 1).
 */
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
        @Nullable UUID accountId,
        @Nullable List<Signature> signatures,
        @Nullable Integer cycle) implements NeedsEvent, InCycle {

    public NeedsConfirmed(String signedBy, Instant signedAt, String documentRef, List<Requirement> requirements,
            List<Pain> pains, List<String> goals, BudgetRange budgetRange, DecisionProcess decisionProcess,
            Scenario scenario, String customerName, UUID accountId, List<Signature> signatures) {
        this(signedBy, signedAt, documentRef, requirements, pains, goals, budgetRange, decisionProcess, scenario,
                customerName, accountId, signatures, null);
    }

    public NeedsConfirmed(String signedBy, Instant signedAt, String documentRef, List<Requirement> requirements,
            List<Pain> pains, List<String> goals, BudgetRange budgetRange, DecisionProcess decisionProcess,
            Scenario scenario, String customerName, UUID accountId) {
        this(signedBy, signedAt, documentRef, requirements, pains, goals, budgetRange, decisionProcess, scenario,
                customerName, accountId, null, null);
    }
}
