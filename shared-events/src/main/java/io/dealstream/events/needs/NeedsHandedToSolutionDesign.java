package io.dealstream.events.needs;

import io.dealstream.events.Nullable;
import java.time.Instant;

/**
 * Internally, the classified needs went to the solution design team (who, when): the report goes to the
 * customer only after this hand-off.
 */
public record NeedsHandedToSolutionDesign(String team, String handedTo, Instant handedAt, @Nullable String notes)
        implements NeedsEvent {
}
