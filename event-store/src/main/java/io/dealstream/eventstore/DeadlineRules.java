package io.dealstream.eventstore;

import io.dealstream.events.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A stream's deadline rules, with the domain: which deadlines each new event opens, meets or cancels (a pure
 * function of the state after the command and the event, tested given/when/then with
 * {@code DeciderSpec.thenDeadlines}), and which command records a deadline that passed (its decider appends
 * the overdue event, or nothing when the deadline was met meanwhile). Nothing here reads a database.
 *
 * @param <S> the state the decider folds
 * @param <C> the stream's commands
 */
public interface DeadlineRules<S, C> {

    /** What one new event does to the stream's deadlines, given the state after the whole command. */
    List<DeadlineChange> changes(S state, DomainEvent event);

    /** The command that records {@code deadline} as missed, at {@code now}. */
    C missed(Deadline deadline, Instant now);

    /** The changes of a command's events, in their order. */
    default List<DeadlineChange> changes(S state, List<? extends DomainEvent> events) {
        List<DeadlineChange> changes = new ArrayList<>();
        for (DomainEvent event : events) {
            changes.addAll(changes(state, event));
        }
        return changes;
    }

    /** For streams without deadlines (accounts, communities). */
    static <S, C> DeadlineRules<S, C> none() {
        return new DeadlineRules<>() {
            @Override
            public List<DeadlineChange> changes(S state, DomainEvent event) {
                return List.of();
            }

            @Override
            public C missed(Deadline deadline, Instant now) {
                throw new IllegalStateException("this stream has no deadlines: " + deadline);
            }
        };
    }
}
