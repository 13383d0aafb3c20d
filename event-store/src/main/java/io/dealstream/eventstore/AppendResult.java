package io.dealstream.eventstore;

import java.util.List;

/** The events an append stored and the stream's new version. */
public record AppendResult(long streamVersion, List<StoredEvent> events) {
}
