package io.dealstream.events.delivery;

import io.dealstream.events.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * The delivery plan. {@code plannedAt} (server time) is when this version of the plan was made; the first
 * plan starts the weekly progress calendar (week 1 = its first seven days). Absent on plans stored before it
 * was recorded, which count from the delivery's opening.
 */
public record DeliveryPlanned(List<Milestone> milestones, @Nullable Instant plannedAt) implements DeliveryEvent {
}
