package io.dealstream.events.delivery;

import io.dealstream.events.common.MaintenanceKind;
import java.time.Instant;

/** A maintenance visit as the contract schedules it. */
public record MaintenanceLogged(MaintenanceKind kind, Instant at, String notes) implements DeliveryEvent {
}
