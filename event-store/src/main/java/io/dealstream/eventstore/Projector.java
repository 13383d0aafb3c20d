package io.dealstream.eventstore;

import io.smallrye.mutiny.Uni;
import java.util.List;

/** Updates a service's read model (and deadlines) from new events, in the transaction that appended them. */
@FunctionalInterface
public interface Projector {

    Uni<Void> project(EventStoreTx tx, List<StoredEvent> events);
}
