package io.dealstream.eventstore;

import io.dealstream.events.DomainEvent;
import java.util.List;

/**
 * An aggregate as two pure functions: {@code decide} turns a command into events (or throws a
 * domain error), {@code evolve} folds an event into the state. Implemented by each service's domain.
 *
 * @param <S> state
 * @param <C> command
 */
public interface Decider<S, C> {

    S initialState();

    List<? extends DomainEvent> decide(S state, C command);

    S evolve(S state, DomainEvent event);

    default S fold(List<StoredEvent> history) {
        S state = initialState();
        for (StoredEvent e : history) {
            state = evolve(state, e.event());
        }
        return state;
    }
}
