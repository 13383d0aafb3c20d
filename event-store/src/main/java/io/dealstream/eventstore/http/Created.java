package io.dealstream.eventstore.http;

import io.dealstream.events.Nullable;
import java.util.UUID;

/**
 * Something a command created besides the resource it was sent to: an objection, a question, a lead captured
 * from a referral. {@code location} is where to read it, when it has its own address (on the service named there).
 */
public record Created(String kind, UUID id, @Nullable String location) {
}
