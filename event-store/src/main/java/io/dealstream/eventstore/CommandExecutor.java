package io.dealstream.eventstore;

import io.dealstream.events.DomainEvent;
import io.dealstream.eventstore.domain.NotFound;
import io.dealstream.eventstore.messaging.EventHandlers;
import io.dealstream.eventstore.messaging.IncomingEvent;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The one pipeline every command of a kind of stream takes, in the caller's transaction: load the stream once,
 * fold, decide, append, then from the new state it already holds apply the deadline changes its
 * {@link DeadlineRules} compute and project the read model. With an expected version (from If-Match) a stale
 * client gets {@link ConcurrencyConflict}; without one the loaded version is expected, so a concurrent writer
 * still cannot be overwritten silently. A service's command service is one of these, configured, and is also
 * the service's {@link DeadlineHandler}: a passed deadline becomes the command its rules name.
 *
 * @param <S> the state the decider folds
 * @param <C> the commands of the stream
 */
public class CommandExecutor<S, C> implements DeadlineHandler {

    /** The command an upstream event asks of this stream, at {@code now}; null when it asks nothing. */
    @FunctionalInterface
    public interface FromEvent<E extends DomainEvent, C> {

        C command(Instant now, IncomingEvent in, E event);
    }

    /** The state after the command and what was appended. */
    public record Outcome<S>(S state, long streamVersion, List<StoredEvent> appended) {
    }

    /** Who appends what a passed deadline records. */
    public static final String DEADLINE_ACTOR = "deadline-scheduler";

    private final String kind;
    private final Decider<S, C> decider;
    private final DeadlineRules<? super S, ? extends C> deadlines;
    private final Projector<? super S> projector;

    /** {@code kind} names the stream in a 404 ("lead", "needs research"). */
    public CommandExecutor(String kind, Decider<S, C> decider, DeadlineRules<? super S, ? extends C> deadlines,
            Projector<? super S> projector) {
        this.kind = kind;
        this.decider = decider;
        this.deadlines = deadlines;
        this.projector = projector;
    }

    /** A command that may start its stream; {@code causationId} is the event or request it reacts to, if any. */
    public Uni<Outcome<S>> execute(EventStoreTx tx, UUID streamId, OptionalLong expectedVersion, C command,
            UUID correlationId, UUID causationId, String actor) {
        return run(tx, false, streamId, expectedVersion, command,
                new EventMetadata(streamId, correlationId, causationId, actor));
    }

    /** A command on an existing stream: a missing one is {@link NotFound}. */
    public Uni<Outcome<S>> handle(EventStoreTx tx, UUID streamId, OptionalLong expectedVersion, C command,
            UUID correlationId, UUID causationId, String actor) {
        return run(tx, true, streamId, expectedVersion, command,
                new EventMetadata(streamId, correlationId, causationId, actor));
    }

    /** As {@link #handle(EventStoreTx, UUID, OptionalLong, Object, UUID, UUID, String)}, caused by a request. */
    public Uni<Outcome<S>> handle(EventStoreTx tx, UUID streamId, OptionalLong expectedVersion, C command,
            UUID correlationId, String actor) {
        return handle(tx, streamId, expectedVersion, command, correlationId, null, actor);
    }

    /**
     * The reaction that opens this kind of stream when an upstream stage completes (the stream id is the
     * opportunity's; the upstream event is the cause). A repeated event changes nothing: the decider opens once.
     */
    public <E extends DomainEvent> EventHandlers.Handler<E> opening(FromEvent<E, ? extends C> opening) {
        return (tx, in, event) -> {
            C command = opening.command(tx.clock().instant(), in, event);
            return command == null ? Uni.createFrom().voidItem() : execute(tx, in.opportunityId(),
                    OptionalLong.empty(), command, in.correlationId(), in.eventId(), in.source()).replaceWithVoid();
        };
    }

    /**
     * The reaction to an upstream fact every later stage follows (a changed scenario): applied where this stage is
     * open, nothing where the opportunity has not reached it (it takes the fact from the event that opens it).
     */
    public <E extends DomainEvent> EventHandlers.Handler<E> followingIfOpen(FromEvent<E, ? extends C> following) {
        return (tx, in, event) -> handle(tx, in.opportunityId(), OptionalLong.empty(),
                following.command(tx.clock().instant(), in, event), in.correlationId(), in.source()).replaceWithVoid()
                .onFailure(NotFound.class).recoverWithNull().replaceWithVoid();
    }

    /** A deadline of this kind of stream passed: the command its rules name for it, as the scheduler. */
    @Override
    public Uni<Void> onDue(EventStoreTx tx, Deadline deadline) {
        return handle(tx, deadline.streamId(), OptionalLong.empty(), deadlines.missed(deadline, tx.clock().instant()),
                UUID.randomUUID(), DEADLINE_ACTOR).replaceWithVoid();
    }

    private Uni<Outcome<S>> run(EventStoreTx tx, boolean mustExist, UUID streamId, OptionalLong expectedVersion,
            C command, EventMetadata metadata) {
        return tx.load(streamId).chain(history -> {
            if (mustExist && history.isEmpty()) {
                return Uni.createFrom().failure(new NotFound(kind, streamId));
            }
            long loadedVersion = history.isEmpty() ? 0 : history.get(history.size() - 1).envelope().streamVersion();
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != loadedVersion) {
                return Uni.createFrom().failure(
                        new ConcurrencyConflict(streamId, expectedVersion.getAsLong(), loadedVersion));
            }
            S state = decider.fold(history);
            List<? extends DomainEvent> events = decider.decide(state, command);
            return tx.appendAfterLoad(streamId, loadedVersion, metadata, events).chain(result -> {
                S next = state;
                for (StoredEvent e : result.events()) {
                    next = decider.evolve(next, e.event());
                }
                Outcome<S> outcome = new Outcome<>(next, result.streamVersion(), result.events());
                if (result.events().isEmpty()) {
                    return Uni.createFrom().item(outcome);
                }
                S after = next;
                return tx.applyDeadlines(streamId, metadata.opportunityId(), deadlines.changes(after, events))
                        .chain(() -> projector.project(tx, after, result.events()))
                        .replaceWith(outcome);
            });
        });
    }
}
