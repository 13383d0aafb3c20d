package io.dealstream.events.delivery;

import java.util.List;

/** The delivery plan. */
public record DeliveryPlanned(List<Milestone> milestones) implements DeliveryEvent {
}
