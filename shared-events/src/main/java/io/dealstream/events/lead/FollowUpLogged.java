package io.dealstream.events.lead;

import io.dealstream.events.Nullable;
import java.time.Instant;

/** A follow-up was made; it closes the open follow-up deadline. */
public record FollowUpLogged(String notes, FollowUpOutcome outcome, @Nullable Instant nextFollowUpAt)
        implements LeadEvent {
}
