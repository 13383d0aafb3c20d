package io.dealstream.events.delivery;

import java.time.Instant;

/** A weekly report was missed (once per missed week). */
public record ProgressReportOverdue(int week, Instant dueAt) implements DeliveryEvent {
}
