package io.dealstream.events.common;

/** After-sales maintenance the contract schedules. */
public enum MaintenanceKind {
    MONTHLY_INSPECTION,
    QUARTERLY_TRAINING,
    OTHER
}
