package io.dealstream.events.delivery;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A signed contract opened the delivery project; weekly progress reports are due from {@code openedAt}.
 * {@code accountId} is the customer's account, or for a customer captured without one its opportunity id.
 */
public record DeliveryOpened(UUID opportunityId, UUID contractId, Instant openedAt, LocalDate deliveryDate,
        List<MaintenanceCommitment> maintenance, Scenario scenario, @Nullable String customerName,
        @Nullable UUID accountId) implements DeliveryEvent {
}
