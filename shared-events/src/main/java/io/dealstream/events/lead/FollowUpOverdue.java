package io.dealstream.events.lead;

import java.time.Instant;

/** A stage-1 deadline passed unmet (appended once by the deadline scheduler). */
public record FollowUpOverdue(FollowUpKind kind, Instant dueAt) implements LeadEvent {
}
