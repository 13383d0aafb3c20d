package io.dealstream.eventstore;

import java.util.UUID;

/** The expected version of a stream was not its current version: someone else appended first. */
public class ConcurrencyConflict extends RuntimeException {

    private final UUID streamId;
    private final long expectedVersion;
    private final long actualVersion;

    public ConcurrencyConflict(UUID streamId, long expectedVersion, long actualVersion) {
        super("stream " + streamId + " is at version " + actualVersion + ", not the expected " + expectedVersion);
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public UUID streamId() {
        return streamId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    /** The current version, or -1 when unknown (the race was lost inside the insert). */
    public long actualVersion() {
        return actualVersion;
    }
}
