package io.dealstream.events.delivery;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A signed contract opened the delivery project. */
public record DeliveryOpened(UUID contractId, LocalDate deliveryDate, List<MaintenanceCommitment> maintenance,
        Scenario scenario, @Nullable String customerName, @Nullable UUID accountId) implements DeliveryEvent {
}
