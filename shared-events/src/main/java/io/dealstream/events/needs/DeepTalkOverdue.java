package io.dealstream.events.needs;

import java.time.Instant;

/** No discovery meeting was recorded within 24 h of a HIGH qualification (appended once). */
public record DeepTalkOverdue(Instant dueAt) implements NeedsEvent {
}
