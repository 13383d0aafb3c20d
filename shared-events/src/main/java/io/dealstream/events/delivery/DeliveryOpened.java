package io.dealstream.events.delivery;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.InCycle;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A signed contract opened the delivery project; weekly progress reports are due from {@code openedAt}.
 * {@code accountId} is the customer's account, or for a customer captured without one its opportunity id.
 * {@code cycle}: the opportunity's sales cycle (1 for its first run through the stages; a deferred or
 * lost opportunity graded HIGH again starts the next); absent on events stored before cycles were recorded
 * (cycle 1).
 */
public record DeliveryOpened(UUID opportunityId, UUID contractId, Instant openedAt, LocalDate deliveryDate,
        List<MaintenanceCommitment> maintenance, Scenario scenario, @Nullable String customerName,
        @Nullable UUID accountId, @Nullable Integer cycle) implements DeliveryEvent, InCycle {

    public DeliveryOpened(UUID opportunityId, UUID contractId, Instant openedAt, LocalDate deliveryDate,
            List<MaintenanceCommitment> maintenance, Scenario scenario, String customerName, UUID accountId) {
        this(opportunityId, contractId, openedAt, deliveryDate, maintenance, scenario, customerName, accountId, null);
    }
}
