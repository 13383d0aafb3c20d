package io.dealstream.events.common;

import jakarta.validation.constraints.Min;

/** A maintenance duty of the contract, e.g. a monthly inspection every 1 month. */
public record MaintenanceCommitment(MaintenanceKind kind, @Min(1) int everyMonths, String description) {
}
