package io.dealstream.proposal.projection;

import io.dealstream.eventstore.quarkus.BusinessGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/** Stage-4 business metrics: objections by type. */
@ApplicationScoped
public class ObjectionGauges {

    private static final BusinessGauges.Query BY_TYPE = new BusinessGauges.Query("dealstream.objections",
            "Objections raised, by type", "type", "SELECT type, count(*) FROM objections GROUP BY type");

    private final BusinessGauges gauges;

    public ObjectionGauges(MeterRegistry registry, Pool pool) {
        this.gauges = new BusinessGauges(registry, pool);
    }

    @Scheduled(every = "${dealstream.metrics.refresh:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> refresh() {
        return gauges.refresh(BY_TYPE).onFailure().recoverWithNull().replaceWithVoid();
    }
}
