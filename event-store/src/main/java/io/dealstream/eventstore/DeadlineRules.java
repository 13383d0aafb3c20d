package io.dealstream.eventstore;

import io.dealstream.events.DomainEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A stream's deadline rules as a pure function: the state after a command and each event it appended give the
 * deadlines to open, meet or cancel. It lives with the domain and is tested given/when/then
 * ({@code DeciderSpec.thenDeadlines}); nothing here reads a database.
 *
 * @param <S> the state the decider folds
 */
@FunctionalInterface
public interface DeadlineRules<S> {

    /** What one new event does to the stream's deadlines, given the state after the whole command. */
    List<DeadlineChange> changes(S state, DomainEvent event);

    /** The changes of a command's events, in their order. */
    default List<DeadlineChange> changes(S state, List<? extends DomainEvent> events) {
        List<DeadlineChange> changes = new ArrayList<>();
        for (DomainEvent event : events) {
            changes.addAll(changes(state, event));
        }
        return changes;
    }

    /** For streams without deadlines (accounts, communities). */
    static <S> DeadlineRules<S> none() {
        return (state, event) -> List.of();
    }
}
