package io.dealstream.events.delivery;

import java.time.Instant;

/** A milestone was delivered. */
public record MilestoneCompleted(String milestoneId, Instant completedAt) implements DeliveryEvent {
}
