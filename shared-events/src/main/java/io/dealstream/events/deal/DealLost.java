package io.dealstream.events.deal;

import io.dealstream.events.Nullable;

/** The deal was lost (cross-service: lead-service defers the lead). */
public record DealLost(String stage, String reason, @Nullable String competitor) implements DealEvent {
}
