package io.dealstream.events.needs;

import java.time.Instant;

/** The deep conversation was neither arranged nor held within 24 h of a HIGH qualification (appended once). */
public record DeepTalkOverdue(Instant dueAt) implements NeedsEvent {
}
