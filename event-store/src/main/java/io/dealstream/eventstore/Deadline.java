package io.dealstream.eventstore;

import java.time.Instant;
import java.util.UUID;

/**
 * A process deadline of a stream, e.g. the 24 h deep conversation of a HIGH lead. {@code reference}
 * distinguishes several deadlines of one kind on a stream (an objection id, a week number).
 */
public record Deadline(UUID id, UUID streamId, UUID opportunityId, String kind, String reference, Instant dueAt) {

    public static Deadline of(UUID streamId, UUID opportunityId, String kind, Instant dueAt) {
        return new Deadline(UUID.randomUUID(), streamId, opportunityId, kind, "", dueAt);
    }

    public static Deadline of(UUID streamId, UUID opportunityId, String kind, String reference, Instant dueAt) {
        return new Deadline(UUID.randomUUID(), streamId, opportunityId, kind, reference, dueAt);
    }
}
