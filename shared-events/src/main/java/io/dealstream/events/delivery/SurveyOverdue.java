package io.dealstream.events.delivery;

import java.time.Instant;

/** No survey one month after acceptance (appended once). */
public record SurveyOverdue(Instant dueAt) implements DeliveryEvent {
}
