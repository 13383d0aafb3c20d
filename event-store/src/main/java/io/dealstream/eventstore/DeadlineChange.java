package io.dealstream.eventstore;

import java.time.Instant;
import java.util.Objects;

/**
 * What a command's new events do to its stream's deadlines. The domain computes them ({@link DeadlineRules}, a
 * pure function tested given/when/then); {@link CommandExecutor} applies them to the stream in the command's
 * transaction. {@code reference} tells several deadlines of one kind on a stream apart (an objection id, a
 * week number); it is "" when a stream has one of its kind.
 */
public sealed interface DeadlineChange {

    /** Opens a deadline due at {@code dueAt}. */
    record Open(String kind, String reference, Instant dueAt) implements DeadlineChange {
        public Open {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(dueAt, "dueAt");
        }
    }

    /** Marks the open deadline of this kind and reference met. */
    record Meet(String kind, String reference) implements DeadlineChange {
    }

    /** Marks every open deadline of the stream met. */
    record MeetAll() implements DeadlineChange {
    }

    /** Cancels every open deadline of the stream (it ended, or its clock starts over). */
    record CancelAll() implements DeadlineChange {
    }

    static Open open(String kind, Instant dueAt) {
        return new Open(kind, "", dueAt);
    }

    static Open open(String kind, String reference, Instant dueAt) {
        return new Open(kind, reference, dueAt);
    }

    static Meet meet(String kind) {
        return new Meet(kind, "");
    }

    static Meet meet(String kind, String reference) {
        return new Meet(kind, reference);
    }

    static MeetAll meetAll() {
        return new MeetAll();
    }

    static CancelAll cancelAll() {
        return new CancelAll();
    }
}
