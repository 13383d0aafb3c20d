package io.dealstream.events.delivery;

import io.dealstream.events.Nullable;

/** A problem met during delivery and how it was solved. */
public record DeliveryIssue(String description, @Nullable String resolution) {
}
