package io.dealstream.events.needs;

import java.time.Instant;

/** The report went to the customer for confirmation. */
public record NeedsConfirmationSent(Instant sentAt, String documentRef) implements NeedsEvent {
}
