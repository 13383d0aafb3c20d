package io.dealstream.events.deal;

import io.dealstream.events.privacy.PersonalData;
import io.dealstream.events.Nullable;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.Money;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.common.Terms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Signed by both sides; takes effect now (cross-service: delivery-service opens the project). */
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
        @Nullable UUID accountId) implements DealEvent {
}
