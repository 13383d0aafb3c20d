package io.dealstream.events.lead;

import io.dealstream.events.Nullable;
import java.time.Instant;

/**
 * A stage-1 deadline passed unmet (appended once per deadline by the deadline scheduler). A deferred LOW lead
 * is reactivated every quarter until it is closed: its missed quarterly reactivation names the next one
 * ({@code nextDueAt}, a calendar quarter later).
 */
public record FollowUpOverdue(FollowUpKind kind, Instant dueAt, @Nullable Instant nextDueAt) implements LeadEvent {

    public FollowUpOverdue(FollowUpKind kind, Instant dueAt) {
        this(kind, dueAt, null);
    }
}
