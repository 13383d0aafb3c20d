package io.dealstream.events.deal;

import io.dealstream.events.common.Signature;
import io.dealstream.events.privacy.PersonalData;
import io.dealstream.events.Nullable;
import io.dealstream.events.common.InCycle;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.Money;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.common.Terms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Signed by both sides; takes effect now (cross-service: delivery-service opens the project). {@code
 * signatures}: each side's signatory with role, time and method ({@code signatories} their names, {@code
 * signedAt} the last signature, {@code method} PAPER if any signed on paper); absent on contracts stored
 * before they were recorded.
 * {@code cycle}: the opportunity's sales cycle (1 for its first run through the stages; a deferred or
 * lost opportunity graded HIGH again starts the next); absent on events stored before cycles were recorded
 * (cycle 1).
 */
public record ContractSigned(
        UUID contractId,
        SigningMethod method,
        Instant signedAt,
        @PersonalData List<String> signatories,
        Money contractValue,
        Terms terms,
        LocalDate deliveryDate,
        List<MaintenanceCommitment> maintenance,
        Scenario scenario,
        @Nullable String customerName,
        @Nullable UUID accountId,
        @Nullable List<Signature> signatures,
        @Nullable Integer cycle) implements DealEvent, InCycle {

    public ContractSigned(UUID contractId, SigningMethod method, Instant signedAt, List<String> signatories,
            Money contractValue, Terms terms, LocalDate deliveryDate, List<MaintenanceCommitment> maintenance,
            Scenario scenario, String customerName, UUID accountId, List<Signature> signatures) {
        this(contractId, method, signedAt, signatories, contractValue, terms, deliveryDate, maintenance, scenario,
                customerName, accountId, signatures, null);
    }

    public ContractSigned(UUID contractId, SigningMethod method, Instant signedAt, List<String> signatories,
            Money contractValue, Terms terms, LocalDate deliveryDate, List<MaintenanceCommitment> maintenance,
            Scenario scenario, String customerName, UUID accountId) {
        this(contractId, method, signedAt, signatories, contractValue, terms, deliveryDate, maintenance, scenario,
                customerName, accountId, null, null);
    }
}
