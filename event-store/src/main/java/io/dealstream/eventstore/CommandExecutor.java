package io.dealstream.eventstore;

import io.dealstream.events.DomainEvent;
import io.dealstream.eventstore.domain.NotFound;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Load, decide, append, project: one command on one stream, in one transaction. The stream is loaded once;
 * the projector receives the state after the new events. With an expected
 * version (from If-Match) a stale client gets {@link ConcurrencyConflict}; without one the loaded
 * version is expected, so a concurrent writer still cannot be overwritten silently.
 */
public final class CommandExecutor {

    private CommandExecutor() {
    }

    /** The state after the command and what was appended. */
    public record Outcome<S>(S state, long streamVersion, List<StoredEvent> appended) {
    }

    public static <S, C> Uni<Outcome<S>> execute(EventStoreTx tx, UUID streamId, OptionalLong expectedVersion,
            EventMetadata metadata, Decider<S, C> decider, C command, Projector<? super S> projector) {
        return execute(tx, null, streamId, expectedVersion, metadata, decider, command, projector);
    }

    /** As {@link #execute}, but a missing stream is {@link NotFound} ({@code kind} names it, e.g. "lead"). */
    public static <S, C> Uni<Outcome<S>> executeOnExisting(EventStoreTx tx, String kind, UUID streamId,
            OptionalLong expectedVersion, EventMetadata metadata, Decider<S, C> decider, C command, Projector<? super S> projector) {
        return execute(tx, kind, streamId, expectedVersion, metadata, decider, command, projector);
    }

    private static <S, C> Uni<Outcome<S>> execute(EventStoreTx tx, String mustExistKind, UUID streamId,
            OptionalLong expectedVersion, EventMetadata metadata, Decider<S, C> decider, C command, Projector<? super S> projector) {
        return tx.load(streamId).chain(history -> {
            if (mustExistKind != null && history.isEmpty()) {
                return Uni.createFrom().failure(new NotFound(mustExistKind, streamId));
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
                return projector.project(tx, next, result.events()).replaceWith(outcome);
            });
        });
    }
}
