package io.dealstream.eventstore;

import io.smallrye.mutiny.Uni;

/**
 * A service's reaction to a passed deadline, typically appending its overdue event. Runs in the
 * transaction that claimed the deadline, so the claim and the event commit together or not at all.
 */
public interface DeadlineHandler {

    Uni<Void> onDue(EventStoreTx tx, Deadline deadline);
}
