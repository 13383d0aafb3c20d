package io.dealstream.eventstore.quarkus;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/** Every service's process deadlines as Prometheus gauges: open ones by kind, and those that fired (overdue). */
@ApplicationScoped
public class DeadlineGauges {

    private static final BusinessGauges.Query OPEN = new BusinessGauges.Query("dealstream.deadlines.open",
            "Open process deadlines by kind", "kind",
            "SELECT kind, count(*) FROM eventstore.deadlines WHERE status = 'OPEN' GROUP BY kind");
    private static final BusinessGauges.Query OVERDUE = new BusinessGauges.Query("dealstream.deadlines.overdue",
            "Deadlines that passed unmet (overdue events appended), by kind", "kind",
            "SELECT kind, count(*) FROM eventstore.deadlines WHERE status = 'FIRED' GROUP BY kind");

    private final BusinessGauges gauges;

    public DeadlineGauges(MeterRegistry registry, Pool pool) {
        this.gauges = new BusinessGauges(registry, pool);
    }

    @Scheduled(every = "${dealstream.metrics.refresh:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> refresh() {
        return gauges.refresh(OPEN).chain(() -> gauges.refresh(OVERDUE)).onFailure().recoverWithNull().replaceWithVoid();
    }
}
