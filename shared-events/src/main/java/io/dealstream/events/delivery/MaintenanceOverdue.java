package io.dealstream.events.delivery;

import io.dealstream.events.common.MaintenanceKind;
import java.time.Instant;

/**
 * A maintenance visit the contract schedules (e.g. the monthly inspection) was not logged by its due time
 * (appended once per due time); {@code nextDueAt} is the next one the schedule expects.
 */
public record MaintenanceOverdue(MaintenanceKind kind, Instant dueAt, Instant nextDueAt) implements DeliveryEvent {
}
