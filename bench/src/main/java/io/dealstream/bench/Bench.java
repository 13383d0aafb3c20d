package io.dealstream.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Stage;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.StoredEvent;
import io.dealstream.localstack.DevTokens;
import io.dealstream.localstack.LocalPostgres;
import io.dealstream.localstack.LocalStack;
import io.dealstream.localstack.ServiceProcess;
import io.dealstream.localstack.TopicProbe;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The benchmark harness: runs the platform (local stack and the five packaged services, all on this
 * machine) and prints one JSON document with command latency per fixed rate, sustained throughput,
 * REST-to-Kafka and command-to-downstream latency, event-store read rate, service start times and
 * memory, and the machine's own limits (raw PostgreSQL inserts, raw Kafka produce/consume) with our
 * figures as ratios to them. Not a test: numbers, not pass/fail.
 *
 * <p>Run: {@code ./mvnw -B -q install -DskipTests && ./mvnw -B -q -pl bench exec:java
 * -Dexec.mainClass=io.dealstream.bench.Bench -Dexec.args="100 20"} (rate per second, seconds).
 */
public final class Bench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TOKEN = "Bearer " + DevTokens.token("bench", "sales", "manager");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path root = Path.of(System.getProperty("dealstream.root", ".")).toAbsolutePath().normalize();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "note", "everything co-located: PostgreSQL, Kafka, Debezium, five services, load generator"));
        try (LocalStack stack = LocalStack.startEphemeral()) {
            Map<Stage, ServiceProcess> services = startServices(root, stack, report);
            // an interrupted run (Ctrl-C, SIGTERM) must not leave the services running
            Thread stopper = new Thread(() -> services.values().forEach(ServiceProcess::close), "bench-stop-services");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                String lead = services.get(Stage.LEAD).baseUrl();
                String needs = services.get(Stage.NEEDS).baseUrl();
                warmUp(lead, 300);
                Map<String, Object> fixed = fixedRate(stack, lead, rate, seconds);
                section(report, "lead_capture_at_fixed_rate", fixed);
                Map<String, Object> sustained = sustained(lead, 16, Math.max(5, seconds / 2));
                section(report, "lead_capture_sustained", sustained);
                section(report, "command_to_downstream_projection", downstream(lead, needs, 100));
                section(report, "event_store_read_decode", readRate(stack));
                Map<String, Object> raw = new LinkedHashMap<>();
                raw.put("postgres_single_row_insert_commits_per_s", rawInserts(stack, Math.max(5, seconds / 2)));
                raw.put("kafka", rawKafka(stack, 100_000));
                section(report, "machine_limits", raw);
                Map<String, Object> ratios = new LinkedHashMap<>();
                double commands = ((Number) sustained.get("commands_per_s")).doubleValue();
                ratios.put("commands_per_s_vs_raw_insert_commits_per_s", Stats.round(100.0 * commands
                        / ((Number) raw.get("postgres_single_row_insert_commits_per_s")).doubleValue()) + " %");
                @SuppressWarnings("unchecked")
                Map<String, Object> kafka = (Map<String, Object>) raw.get("kafka");
                ratios.put("events_published_per_s_vs_raw_produce_per_s", Stats.round(100.0 * commands
                        / ((Number) kafka.get("produce_per_s")).doubleValue()) + " %");
                report.put("ratios", ratios);
                report.put("targets", Targets.of(report));
            } finally {
                services.values().forEach(ServiceProcess::close);
            }
        }
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        System.exit(0);
    }

    private static Map<Stage, ServiceProcess> startServices(Path root, LocalStack stack, Map<String, Object> report)
            throws IOException {
        Map<Stage, ServiceProcess> services = new EnumMap<>(Stage.class);
        Map<String, Object> startup = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            Map<String, String> config = new LinkedHashMap<>(stack.serviceConfig(stage));
            // experiments: -Ddealstream.bench.service-config=[service:]key=value,... (e.g. quarkus.otel.sdk.disabled=true)
            for (String kv : System.getProperty("dealstream.bench.service-config", "").split(",")) {
                String setting = kv;
                if (kv.contains(":") && kv.indexOf(':') < kv.indexOf('=')) {
                    if (!kv.startsWith(stage.serviceName() + ":")) {
                        continue;
                    }
                    setting = kv.substring(kv.indexOf(':') + 1);
                }
                if (setting.contains("=")) {
                    config.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
                }
            }
            long t0 = System.nanoTime();
            ServiceProcess p = ServiceProcess.start(stage, ServiceProcess.jar(root, stage), config, freePort(),
                    root.resolve("bench/target/service-logs")).awaitReady(Duration.ofSeconds(120));
            long readyMs = (System.nanoTime() - t0) / 1_000_000;
            services.put(stage, p);
            startup.put(stage.serviceName(), Map.of("ready_ms", readyMs, "rss_mb_after_start", rssMb(p.pid())));
        }
        System.err.println("services_started_one_after_another: " + startup);
        report.put("services_started_one_after_another", startup);
        return services;
    }

    private static HttpRequest captureRequest(String base) {
        String tag = UUID.randomUUID().toString();
        String body = """
                {"customerName": "Bench %s", "contact": {"name": "B", "email": "%s@bench.example"},
                 "channel": "WEBSITE_FORM", "scenario": "NEW_CUSTOMER"}""".formatted(tag, tag);
        return HttpRequest.newBuilder(URI.create(base + "/leads")).header("Authorization", TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static void warmUp(String base, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            HTTP.send(captureRequest(base), HttpResponse.BodyHandlers.discarding());
        }
    }

    /** Open loop: a command every 1/rate s, whatever the answers; latency includes any queueing. */
    /** Adds a section to the report and prints it at once, so a long run shows its progress. */
    private static void section(Map<String, Object> report, String name, Object value) throws IOException {
        report.put(name, value);
        System.err.println(name + ": " + new ObjectMapper().writeValueAsString(value));
    }

    private static Map<String, Object> fixedRate(LocalStack stack, String base, int rate, int seconds) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inflight = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        Map<String, Long> seenOnKafka = new ConcurrentHashMap<>();
        AtomicBoolean consuming = new AtomicBoolean(true);
        Thread consumer = new Thread(() -> {
            try (TopicProbe probe = new TopicProbe(stack.kafkaBootstrapServers(), Stage.LEAD.topic())) {
                while (consuming.get()) {
                    probe.poll(Duration.ofMillis(5)).forEach(r -> {
                        if ("LeadCaptured".equals(TopicProbe.header(r, CloudEventHeaders.EVENT_TYPE))) {
                            seenOnKafka.putIfAbsent(r.key(), System.nanoTime());
                        }
                    });
                }
            }
        });
        consumer.start();
        long total = (long) rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        AtomicLong sent = new AtomicLong();
        timer.scheduleAtFixedRate(() -> {
            if (sent.incrementAndGet() > total) {
                timer.shutdown();
                return;
            }
            long t0 = System.nanoTime();
            inflight.add(HTTP.sendAsync(captureRequest(base), HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                long t1 = System.nanoTime();
                latencies.add(t1 - t0);
                if (e != null || r.statusCode() != 201) {
                    errors.incrementAndGet();
                } else {
                    String id = r.headers().firstValue("Location").orElse("").replace("/leads/", "");
                    answeredAt.put(id, t1);
                }
            }));
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        timer.awaitTermination((long) seconds * 2 + 10, TimeUnit.SECONDS);
        CompletableFuture.allOf(inflight.toArray(new CompletableFuture[0])).join();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!seenOnKafka.keySet().containsAll(answeredAt.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(20); // the harness must not burn a core the platform needs
        }
        consuming.set(false);
        consumer.join();
        List<Long> toKafka = new ArrayList<>();
        answeredAt.forEach((id, t) -> {
            Long seen = seenOnKafka.get(id);
            if (seen != null) {
                toKafka.add(Math.max(0, seen - t));
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("target_per_s", rate);
        out.put("seconds", seconds);
        out.put("errors", errors.get());
        out.put("latency", Stats.latency(latencies));
        out.put("rest_answer_to_kafka", Stats.latency(toKafka));
        return out;
    }

    /** Closed loop: {@code clients} callers each sending as fast as answers come back. */
    private static Map<String, Object> sustained(String base, int clients, int seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    try {
                        if (HTTP.send(captureRequest(base), HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
                            done.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        long t0 = System.nanoTime();
        Thread.sleep(Duration.ofSeconds(seconds).toMillis());
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        double perSecond = done.get() / ((System.nanoTime() - t0) / 1e9);
        return Map.of("clients", clients, "seconds", seconds, "commands_per_s", Stats.round(perSecond),
                "events_per_s", Stats.round(perSecond));
    }

    /** A HIGH first contact in lead-service until needs-service shows the opened research. */
    private static Map<String, Object> downstream(String lead, String needs, int n) throws Exception {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> created = HTTP.send(captureRequest(lead), HttpResponse.BodyHandlers.ofString());
            String id = created.headers().firstValue("Location").orElseThrow().replace("/leads/", "");
            HttpRequest contact = HttpRequest.newBuilder(URI.create(lead + "/leads/" + id + "/first-contact"))
                    .header("Authorization", TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"via": "PHONE", "summary": "s", "needStated": true,
                             "budgetRange": {"min": "1000", "currency": "EUR"}}""")).build();
            HttpRequest research = HttpRequest.newBuilder(URI.create(needs + "/needs/" + id))
                    .header("Authorization", TOKEN).build();
            long t0 = System.nanoTime();
            HTTP.send(contact, HttpResponse.BodyHandlers.discarding());
            long deadline = t0 + Duration.ofSeconds(30).toNanos();
            while (HTTP.send(research, HttpResponse.BodyHandlers.discarding()).statusCode() != 200
                    && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            latencies.add(System.nanoTime() - t0);
        }
        return Stats.latency(latencies);
    }

    /** Reading and decoding the whole lead event store in pages: the input side of a projection rebuild. */
    private static Map<String, Object> readRate(LocalStack stack) {
        Vertx vertx = Vertx.vertx();
        try {
            PgPool pool = PgPool.pool(vertx, PgConnectOptions.fromUri(stack.postgres().reactiveUrl("lead"))
                    .setUser(LocalPostgres.USER).setPassword(LocalPostgres.PASSWORD), new PoolOptions().setMaxSize(2));
            EventStore store = new EventStore(pool, new EventCodec(), Clock.systemUTC(), Stage.LEAD, stack.openVault(vertx));
            // three passes over the whole store: the first warms the JIT, the last is reported
            long events = 0;
            double seconds = 0;
            List<Double> passes = new ArrayList<>();
            for (int pass = 0; pass < 3; pass++) {
                long t0 = System.nanoTime();
                long position = 0;
                events = 0;
                while (true) {
                    List<StoredEvent> page = store.readAll(position, 2_000).await().atMost(Duration.ofSeconds(60));
                    if (page.isEmpty()) {
                        break;
                    }
                    events += page.size();
                    position = page.get(page.size() - 1).globalPosition();
                }
                seconds = (System.nanoTime() - t0) / 1e9;
                passes.add(Stats.round(events / seconds));
            }
            return Map.of("events", events, "events_per_s", Stats.round(events / seconds), "passes_events_per_s", passes);
        } finally {
            vertx.closeAndAwait();
        }
    }

    /** The machine's limit for our write pattern: one small row per committed transaction, 8 connections. */
    private static double rawInserts(LocalStack stack, int seconds) throws Exception {
        String url = stack.postgres().jdbcUrl("lead");
        try (Connection c = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_raw (id uuid PRIMARY KEY, payload jsonb NOT NULL)");
        }
        AtomicLong done = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD);
                     PreparedStatement insert = c.prepareStatement("INSERT INTO bench_raw VALUES (?, ?::jsonb)")) {
                    while (running.get()) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, "{\"customerName\": \"raw\", \"channel\": \"WEBSITE_FORM\"}");
                        insert.executeUpdate();
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            threads.add(t);
        }
        long t0 = System.nanoTime();
        Thread.sleep(Duration.ofSeconds(seconds).toMillis());
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        return Stats.round(done.get() / ((System.nanoTime() - t0) / 1e9));
    }

    /** Raw produce (acks=all, idempotent, like our publisher) and consume of 500-byte records. */
    private static Map<String, Object> rawKafka(LocalStack stack, int records) {
        String topic = "bench.raw";
        stack.kafka().ensureTopics(List.of(topic));
        Properties p = new Properties();
        p.put("bootstrap.servers", stack.kafkaBootstrapServers());
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        byte[] value = new byte[500];
        long t0 = System.nanoTime();
        AtomicInteger failed = new AtomicInteger();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString().getBytes(), value), (m, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                    }
                });
            }
            producer.flush();
        }
        double produce = records / ((System.nanoTime() - t0) / 1e9);
        Properties c = new Properties();
        c.put("bootstrap.servers", stack.kafkaBootstrapServers());
        long t1 = System.nanoTime();
        long read = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (read < records - failed.get() && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(500));
                read += batch.count();
            }
        }
        double consume = read / ((System.nanoTime() - t1) / 1e9);
        return Map.of("records", records, "failed_sends", failed.get(), "read_back", read, "record_bytes", 500,
                "produce_per_s", Stats.round(produce), "consume_per_s", Stats.round(consume));
    }

    private static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
