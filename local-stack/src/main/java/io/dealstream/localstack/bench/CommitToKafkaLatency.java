package io.dealstream.localstack.bench;

import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Stage;
import io.dealstream.events.lead.LeadDisqualified;
import io.dealstream.eventstore.EventMetadata;
import io.dealstream.eventstore.EventStore;
import io.dealstream.localstack.LocalPostgres;
import io.dealstream.localstack.LocalStack;
import io.dealstream.localstack.TopicProbe;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Benchmark: latency from an event-store commit to the event being readable on Kafka, through the
 * real Debezium outbox publisher. Prints JSON. Run:
 * {@code ./mvnw -B -q install -DskipTests && ./mvnw -B -q -pl local-stack exec:java
 * -Dexec.mainClass=io.dealstream.localstack.bench.CommitToKafkaLatency -Dexec.args="500"}
 */
public final class CommitToKafkaLatency {

    private CommitToKafkaLatency() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmup = Math.min(50, events / 5);
        try (LocalStack stack = LocalStack.startEphemeral()) {
            stack.ensureService(Stage.LEAD);
            Vertx vertx = Vertx.vertx();
            PgPool pool = PgPool.pool(vertx, PgConnectOptions.fromUri(stack.postgres().reactiveUrl("lead"))
                    .setUser(LocalPostgres.USER).setPassword(LocalPostgres.PASSWORD), new PoolOptions().setMaxSize(4));
            EventStore store = new EventStore(pool, new EventCodec(), Clock.systemUTC(), Stage.LEAD, stack.openVault(vertx));

            Map<String, Long> received = new ConcurrentHashMap<>();
            Map<String, Long> recordTimestamps = new ConcurrentHashMap<>();
            Map<String, Long> receivedWall = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread consumer = new Thread(() -> {
                try (TopicProbe probe = new TopicProbe(stack.kafkaBootstrapServers(), Stage.LEAD.topic())) {
                    while (running.get()) {
                        probe.poll(Duration.ofMillis(5)).forEach(r -> {
                            String id = TopicProbe.header(r, CloudEventHeaders.ID);
                            received.putIfAbsent(id, System.nanoTime());
                            receivedWall.putIfAbsent(id, System.currentTimeMillis());
                            recordTimestamps.putIfAbsent(id, r.timestamp());
                        });
                    }
                }
            }, "latency-consumer");
            consumer.start();

            List<String> ids = new ArrayList<>();
            List<Long> committedAt = new ArrayList<>();
            List<Long> committedWall = new ArrayList<>();
            for (int i = 0; i < events + warmup; i++) {
                UUID stream = UUID.randomUUID();
                var result = store.append(stream, 0, new EventMetadata(stream, UUID.randomUUID(), null, "bench"),
                        List.of(new LeadDisqualified("latency probe " + i))).await().atMost(Duration.ofSeconds(30));
                committedAt.add(System.nanoTime());
                committedWall.add(System.currentTimeMillis());
                ids.add(result.events().get(0).envelope().eventId().toString());
                // an interactive pace: one command every ~20 ms, not a flood
                long until = System.nanoTime() + 20_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (received.size() < ids.size() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            running.set(false);
            consumer.join();

            // where the time goes: the record timestamp is when Debezium handled the change
            long[] toDebezium = new long[events];
            long[] debeziumToConsumer = new long[events];
            for (int i = warmup; i < ids.size(); i++) {
                Long ts = recordTimestamps.get(ids.get(i));
                toDebezium[i - warmup] = ts == null ? Long.MAX_VALUE : (ts - committedWall.get(i)) * 1_000_000L;
                debeziumToConsumer[i - warmup] = ts == null ? Long.MAX_VALUE
                        : (receivedWall.get(ids.get(i)) - ts) * 1_000_000L;
            }
            Arrays.sort(toDebezium);
            Arrays.sort(debeziumToConsumer);
            long[] latencies = new long[events];
            int missing = 0;
            for (int i = warmup; i < ids.size(); i++) {
                Long at = received.get(ids.get(i));
                if (at == null) {
                    missing++;
                    latencies[i - warmup] = Long.MAX_VALUE;
                } else {
                    latencies[i - warmup] = at - committedAt.get(i);
                }
            }
            Arrays.sort(latencies);
            System.out.printf(Locale.ROOT, "{\"benchmark\":\"commit-to-kafka\",\"events\":%d,\"warmup\":%d,"
                            + "\"missing\":%d,\"p50_ms\":%.1f,\"p95_ms\":%.1f,\"p99_ms\":%.1f,\"max_ms\":%.1f,"
                            + "\"commit_to_debezium_p50_ms\":%.1f,\"commit_to_debezium_p99_ms\":%.1f,"
                            + "\"debezium_to_consumer_p50_ms\":%.1f,\"debezium_to_consumer_p99_ms\":%.1f}%n",
                    events, warmup, missing, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99),
                    ms(latencies, 1.0), ms(toDebezium, 0.5), ms(toDebezium, 0.99), ms(debeziumToConsumer, 0.5),
                    ms(debeziumToConsumer, 0.99));
            vertx.closeAndAwait();
        }
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
