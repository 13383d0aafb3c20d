package io.dealstream.eventstore.quarkus;

import io.dealstream.eventstore.Deadline;
import io.dealstream.eventstore.DeadlineHandler;
import io.dealstream.eventstore.EventStore;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Fires due deadlines: claims them one at a time ({@code FOR UPDATE SKIP LOCKED}, so several replicas
 * never fire the same one) and lets the service's {@link DeadlineHandler} append its overdue event in
 * the same transaction. Time is the injected clock's, so tests move it and call {@link #fireDue()}.
 */
@ApplicationScoped
public class DeadlineScheduler {

    private static final Logger LOG = Logger.getLogger(DeadlineScheduler.class);
    private static final int MAX_PER_RUN = 500;

    private final EventStore store;
    private final Instance<DeadlineHandler> handler;

    public DeadlineScheduler(EventStore store, Instance<DeadlineHandler> handler) {
        this.store = store;
        this.handler = handler;
    }

    @Scheduled(every = "${dealstream.deadlines.poll-interval:10s}", delayed = "${dealstream.deadlines.initial-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        if (!handler.isResolvable()) {
            return Uni.createFrom().voidItem();
        }
        return fireDue().onFailure().invoke(e -> LOG.error("deadline run failed; retried next tick", e))
                .onFailure().recoverWithItem(0).replaceWithVoid();
    }

    /** Fires every deadline due now, however many; none in a service that keeps no deadlines. */
    public Uni<Integer> fireAllDue() {
        if (!handler.isResolvable()) {
            return Uni.createFrom().item(0);
        }
        return fireDue().chain(fired -> fired < MAX_PER_RUN ? Uni.createFrom().item(fired)
                : fireAllDue().map(more -> fired + more));
    }

    /** Fires the deadlines due now, at most {@value #MAX_PER_RUN}; returns how many fired. */
    public Uni<Integer> fireDue() {
        return fireOne().repeat().until(fired -> !fired).select().first(MAX_PER_RUN).collect().asList()
                .map(List::size);
    }

    private Uni<Boolean> fireOne() {
        return store.inTransaction(tx -> tx.claimDueDeadlines(store.clock().instant(), 1).chain(claimed -> {
            if (claimed.isEmpty()) {
                return Uni.createFrom().item(false);
            }
            Deadline deadline = claimed.get(0);
            LOG.debugf("deadline %s of %s due %s fired", deadline.kind(), deadline.streamId(), deadline.dueAt());
            return handler.get().onDue(tx, deadline).replaceWith(true);
        }));
    }
}
