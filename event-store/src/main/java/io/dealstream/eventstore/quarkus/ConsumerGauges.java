package io.dealstream.eventstore.quarkus;

import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.messaging.DeadLetters;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * What operators alert on besides Kafka's own consumer-lag metrics: dead-lettered records not replayed yet,
 * and consumers holding a partition while a dependency is down (PrometheusRule in k8s/base/alerts.yaml).
 */
@ApplicationScoped
public class ConsumerGauges {

    private static final Logger LOG = Logger.getLogger(ConsumerGauges.class);

    private final DeadLetters deadLetters;
    private final Pool pool;
    private final AtomicLong waiting = new AtomicLong();

    public ConsumerGauges(MeterRegistry registry, EventStore store, Pool pool, DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
        this.pool = pool;
        Gauge.builder("dealstream.dead_letters.waiting", waiting, AtomicLong::get)
                .description("Records on the service's dead-letter topic not successfully replayed yet")
                .tag("topic", deadLetters.topic()).register(registry);
        Gauge.builder("dealstream.consumers.stalled", store, s -> s.consumerHealth().stalled().size())
                .description("Consumers holding a partition while a dependency is down").register(registry);
    }

    /** Reads the topic's size (blocking: a scheduler worker thread, not the event loop). */
    @Scheduled(every = "${dealstream.metrics.refresh:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            long replayed = pool.preparedQuery("SELECT count(DISTINCT (dlq_partition, dlq_offset)) FROM"
                            + " eventstore.dead_letter_replays WHERE dlq_topic = $1 AND outcome = 'PROCESSED'")
                    .execute(Tuple.of(deadLetters.topic())).await().atMost(Duration.ofSeconds(10))
                    .iterator().next().getLong(0);
            waiting.set(Math.max(0, deadLetters.size() - replayed));
        } catch (RuntimeException e) {
            LOG.debugf("dead-letter gauge not refreshed: %s", e.getMessage());
        }
    }
}
