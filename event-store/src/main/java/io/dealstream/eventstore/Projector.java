package io.dealstream.eventstore;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * Updates a service's read model from new events, in the transaction that appended them. It receives the state
 * the command already holds after those events (the stream is never loaded again to project it), and the new
 * events themselves (for rows that record events, such as a follow-up log). Deadlines are not its business:
 * the pipeline applies the stream's {@link DeadlineRules}.
 *
 * @param <S> the state the decider folds
 */
@FunctionalInterface
public interface Projector<S> {

    Uni<Void> project(EventStoreTx tx, S state, List<StoredEvent> events);
}
