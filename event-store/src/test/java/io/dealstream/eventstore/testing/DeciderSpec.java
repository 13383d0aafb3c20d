package io.dealstream.eventstore.testing;

import io.dealstream.events.DomainEvent;
import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineChange;
import io.dealstream.eventstore.DeadlineRules;
import io.dealstream.eventstore.Decider;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Given events, when a command, then events (or a broken rule): the form of every domain test.
 * Shared with the services as this module's test-jar.
 */
public final class DeciderSpec<S, C> {

    private final Decider<S, C> decider;
    private List<? extends DomainEvent> given = List.of();
    private C command;

    private DeciderSpec(Decider<S, C> decider) {
        this.decider = decider;
    }

    public static <S, C> DeciderSpec<S, C> of(Decider<S, C> decider) {
        return new DeciderSpec<>(decider);
    }

    public DeciderSpec<S, C> given(DomainEvent... events) {
        this.given = Arrays.asList(events);
        return this;
    }

    public DeciderSpec<S, C> given(List<? extends DomainEvent> events) {
        this.given = events;
        return this;
    }

    public DeciderSpec<S, C> when(C command) {
        this.command = command;
        return this;
    }

    private S state() {
        S state = decider.initialState();
        for (DomainEvent e : given) {
            state = decider.evolve(state, e);
        }
        return state;
    }

    /** When {@code deadline} passes at {@code now}: the command the rules name for a missed deadline. */
    public DeciderSpec<S, C> whenMissed(DeadlineRules<? super S, ? extends C> rules, Deadline deadline,
            java.time.Instant now) {
        return when(rules.missed(deadline, now));
    }

    /** The decided events must equal these, in order. */
    public void then(DomainEvent... expected) {
        List<? extends DomainEvent> actual = decider.decide(state(), command);
        if (!Objects.equals(actual, Arrays.asList(expected))) {
            throw new AssertionError("expected events\n  " + Arrays.asList(expected) + "\nbut decided\n  " + actual);
        }
    }

    /** The decided events, for assertions on part of them. */
    public void thenEvents(Consumer<List<? extends DomainEvent>> assertions) {
        assertions.accept(decider.decide(state(), command));
    }

    /** The command must break {@code rule}. */
    public void thenRejected(String rule) {
        try {
            List<? extends DomainEvent> actual = decider.decide(state(), command);
            throw new AssertionError("expected rule " + rule + " to be broken, but decided " + actual);
        } catch (DomainRuleViolation violation) {
            if (!violation.rule().equals(rule)) {
                throw new AssertionError("expected rule " + rule + " but " + violation.rule() + ": "
                        + violation.getMessage());
            }
        }
    }

    /** The deadline changes of the decided events, from the state after them, must equal these, in order. */
    public void thenDeadlines(DeadlineRules<? super S, ?> rules, DeadlineChange... expected) {
        List<? extends DomainEvent> decided = decider.decide(state(), command);
        List<DeadlineChange> actual = rules.changes(stateAfter(), decided);
        if (!Objects.equals(actual, Arrays.asList(expected))) {
            throw new AssertionError("expected deadline changes\n  " + Arrays.asList(expected) + "\nbut computed\n  "
                    + actual + "\nfrom events\n  " + decided);
        }
    }

    /** The state after the given events and the decided ones. */
    public S stateAfter() {
        S state = state();
        for (DomainEvent e : decider.decide(state, command)) {
            state = decider.evolve(state, e);
        }
        return state;
    }
}
