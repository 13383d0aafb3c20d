package io.dealstream.localstack;

import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.ChangeEvent;
import io.dealstream.events.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one service's Debezium connector in an embedded engine: it reads the service's
 * {@code eventstore.events} rows from the WAL, routes them with the outbox EventRouter exactly as
 * Kafka Connect would, and forwards each record to Kafka (acks=all, idempotent producer) before
 * committing the offset. If the engine dies, it says so loudly and {@link #failure()} tells why.
 */
public final class OutboxPublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPublisher.class);

    private final Stage stage;
    private final DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> engine;
    private final KafkaProducer<String, byte[]> producer;
    private final ExecutorService executor;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /**
     * @param offsetsFile null keeps offsets in memory (tests with a fresh database), else a file
     */
    public OutboxPublisher(Stage stage, int postgresPort, String kafkaBootstrap, Path offsetsFile) {
        this.stage = stage;
        Properties props = ConnectorConfig.load(stage);
        props.setProperty("database.hostname", "localhost");
        props.setProperty("database.port", Integer.toString(postgresPort));
        props.setProperty("database.user", LocalPostgres.USER);
        props.setProperty("database.password", LocalPostgres.PASSWORD);
        if (offsetsFile == null) {
            props.setProperty("offset.storage", "org.apache.kafka.connect.storage.MemoryOffsetBackingStore");
        } else {
            props.setProperty("offset.storage", "org.apache.kafka.connect.storage.FileOffsetBackingStore");
            props.setProperty("offset.storage.file.filename", offsetsFile.toAbsolutePath().toString());
        }
        props.setProperty("offset.flush.interval.ms", "1000");
        // experiments (bench): how often an idle connector polls PostgreSQL and its queue
        String poll = System.getProperty("dealstream.debezium.poll-interval-ms");
        if (poll != null) {
            props.setProperty("poll.interval.ms", poll);
        }
        props.setProperty("errors.max.retries", "-1");
        // converters are Kafka Connect's job; the embedded engine hands us SourceRecords
        props.remove("key.converter");
        props.remove("value.converter");
        props.remove("header.converter");

        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        // while Kafka is down, wait for it (the event store keeps the truth) instead of failing the engine
        producerProps.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(Long.MAX_VALUE));
        producerProps.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(Integer.MAX_VALUE));
        producerProps.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        producerProps.put(ProducerConfig.CLIENT_ID_CONFIG, "debezium-" + stage.id());
        this.producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer());

        this.engine = DebeziumEngine.create(Connect.class)
                .using(props)
                .using(new DebeziumEngine.ConnectorCallback() {
                    @Override
                    public void taskStarted() {
                        started.countDown();
                    }
                })
                .using((success, message, error) -> {
                    if (!success) {
                        failure.compareAndSet(null, error != null ? error : new IllegalStateException(message));
                        LOG.error("Debezium engine of {} STOPPED: {} - events of this service are no longer published",
                                stage.serviceName(), message, error);
                    }
                    started.countDown();
                })
                .notifying(this::forward)
                .build();
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "debezium-" + stage.id());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the engine and waits until its task streams from the replication slot. */
    public OutboxPublisher start() {
        executor.execute(engine);
        try {
            if (!started.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Debezium for " + stage.serviceName() + " did not start in 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Debezium for " + stage.serviceName() + " failed", failure.get());
        }
        return this;
    }

    public Throwable failure() {
        return failure.get();
    }

    private void forward(List<ChangeEvent<SourceRecord, SourceRecord>> batch,
            DebeziumEngine.RecordCommitter<ChangeEvent<SourceRecord, SourceRecord>> committer) throws InterruptedException {
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (ChangeEvent<SourceRecord, SourceRecord> change : batch) {
            SourceRecord record = change.value();
            if (record.topic() != null && record.value() != null && record.topic().equals(stage.topic())) {
                sends.add(producer.send(toProducerRecord(record)));
            }
        }
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // not committing: the engine stops and the batch is re-read from the slot on restart
                throw new IllegalStateException("Kafka refused an event of " + stage.serviceName(), e.getCause());
            }
        }
        for (ChangeEvent<SourceRecord, SourceRecord> change : batch) {
            committer.markProcessed(change);
        }
        committer.markBatchFinished();
    }

    static ProducerRecord<String, byte[]> toProducerRecord(SourceRecord record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.add(header.key(), String.valueOf(header.value()).getBytes(StandardCharsets.UTF_8));
            }
        }
        String key = record.key() == null ? null : String.valueOf(record.key());
        byte[] value = String.valueOf(record.value()).getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(record.topic(), null, record.timestamp(), key, value, headers);
    }

    @Override
    public void close() {
        try {
            engine.close();
        } catch (IOException e) {
            LOG.warn("closing Debezium of {}", stage.serviceName(), e);
        }
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(java.time.Duration.ofSeconds(10));
    }
}
