package io.dealstream.lead.projection;

import io.dealstream.eventstore.quarkus.BusinessGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/** Stage-1 business metrics: open leads by tier. */
@ApplicationScoped
public class LeadGauges {

    private static final BusinessGauges.Query BY_TIER = new BusinessGauges.Query("dealstream.leads",
            "Open leads by tier", "tier", "SELECT coalesce(tier, 'UNGRADED'), count(*) FROM leads"
            + " WHERE status NOT IN ('DISQUALIFIED', 'MERGED') GROUP BY 1");

    private final BusinessGauges gauges;

    public LeadGauges(MeterRegistry registry, Pool pool) {
        this.gauges = new BusinessGauges(registry, pool);
    }

    @Scheduled(every = "${dealstream.metrics.refresh:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> refresh() {
        return gauges.refresh(BY_TIER).onFailure().recoverWithNull().replaceWithVoid();
    }
}
