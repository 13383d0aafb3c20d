package io.dealstream.localstack;

import io.dealstream.events.Stage;
import io.dealstream.eventstore.EventStoreSchema;
import io.dealstream.eventstore.privacy.KeyVault;
import io.dealstream.eventstore.time.ClockControl;
import io.vertx.mutiny.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole local platform without Docker: one PostgreSQL with a database per service, one KRaft
 * Kafka broker, a Kafka Connect worker running each service's Debezium outbox connector, and an SMTP server
 * (GreenMail) the services mail customer links through.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final int connectPort;
    private final LocalMail mail = new LocalMail();
    private LocalConnect connect;
    private final Set<Stage> publishing = EnumSet.noneOf(Stage.class);

    private LocalStack(LocalPostgres postgres, LocalKafka kafka, LocalConnect connect, int connectPort) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.connect = connect;
        this.connectPort = connectPort;
    }

    /** A throw-away stack on free ports, for tests. */
    public static LocalStack startEphemeral() {
        try {
            Path dir = Files.createTempDirectory("dealstream-stack");
            return start(dir, false, 0, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stack whose data survives restarts, on fixed ports, for the launcher. */
    public static LocalStack startPersistent(Path dataDir, int postgresPort, int kafkaPort, int connectPort) {
        return start(dataDir, true, postgresPort, kafkaPort, connectPort);
    }

    private static LocalStack start(Path dataDir, boolean persistent, int postgresPort, int kafkaPort, int connectPort) {
        QuietInfrastructureLogs.apply();
        long t0 = System.nanoTime();
        LocalPostgres postgres = LocalPostgres.start(postgresPort, persistent ? dataDir.resolve("postgres") : null);
        LocalKafka kafka = LocalKafka.start(kafkaPort, dataDir.resolve("kafka"));
        kafka.ensureTopics(Arrays.stream(Stage.values()).map(Stage::topic).toList());
        LocalConnect connect = LocalConnect.start(kafka.bootstrapServers(), connectPort);
        LOG.info("local stack up in {} ms: PostgreSQL on {}, Kafka on {}, Kafka Connect on {}",
                (System.nanoTime() - t0) / 1_000_000, postgres.port(), kafka.bootstrapServers(), connect.url());
        return new LocalStack(postgres, kafka, connect, connectPort);
    }

    /**
     * Makes a service's database ready and publishing: creates it, migrates its event-store schema
     * (Debezium needs the events table) and registers its outbox connector with Kafka Connect, from the
     * connector JSON that compose and Kubernetes use, pointed at this PostgreSQL. Idempotent.
     */
    public synchronized void ensureService(Stage stage) {
        if (publishing.contains(stage)) {
            return;
        }
        String db = stage.id();
        postgres.ensureDatabase(db);
        EventStoreSchema.migrate(postgres.jdbcUrl(db), LocalPostgres.USER, LocalPostgres.PASSWORD);
        Map<String, String> config = ConnectorConfig.config(stage);
        // production reads these from its environment (the Secret); here they are this stack's
        config.put("database.hostname", "localhost");
        config.put("database.port", Integer.toString(postgres.port()));
        config.put("database.user", LocalPostgres.USER);
        config.put("database.password", LocalPostgres.PASSWORD);
        connect.register(ConnectorConfig.name(stage), config);
        publishing.add(stage);
        LOG.info("{} database ready and publishing to {}", stage.serviceName(), stage.topic());
    }

    /** The database of the personal-data key vault that every service shares. */
    public static final String VAULT_DATABASE = "dealstream_vault";
    /** The dev master key (also the services' default): the local stack is for development only. */
    public static final String DEV_VAULT_MASTER_KEY = "ZGVhbHN0cmVhbS1kZXYtbWFzdGVyLWtleS0zMmJ5dGU=";

    /** The key-vault settings of a service on this stack. */
    public synchronized Map<String, String> vaultConfig() {
        postgres.ensureDatabase(VAULT_DATABASE);
        KeyVault.migrate(postgres.jdbcUrl(VAULT_DATABASE), LocalPostgres.USER, LocalPostgres.PASSWORD);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("dealstream.vault.url", postgres.reactiveUrl(VAULT_DATABASE));
        config.put("dealstream.vault.username", LocalPostgres.USER);
        config.put("dealstream.vault.password", LocalPostgres.PASSWORD);
        config.put("dealstream.vault.master-key", DEV_VAULT_MASTER_KEY);
        return config;
    }

    /** Opens the key vault outside a service (test helpers, benchmarks). */
    public KeyVault openVault(Vertx vertx) {
        Map<String, String> c = vaultConfig();
        return KeyVault.connect(vertx, c.get("dealstream.vault.url"), c.get("dealstream.vault.username"),
                c.get("dealstream.vault.password"), c.get("dealstream.vault.master-key"), 4);
    }

    /** The configuration a Quarkus service needs to run on this stack. */
    public Map<String, String> serviceConfig(Stage stage) {
        ensureService(stage);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(stage.id()));
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(stage.id()));
        config.put("quarkus.datasource.username", LocalPostgres.USER);
        config.put("quarkus.datasource.password", LocalPostgres.PASSWORD);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.putAll(vaultConfig());
        config.putAll(mail.mailerConfig());
        // no trace collector runs locally unless the developer starts one on localhost:4317
        config.put("quarkus.log.category.\"io.quarkus.opentelemetry.runtime.exporter\".level", "ERROR");
        // the local stack runs the development secrets: only the dev profile may (SecretsGuard)
        config.put("quarkus.profile", "dev");
        // and a clock the demo and the tests may move (PUT /dev/clock); refused outside dev and test
        config.put(ClockControl.PROPERTY, "true");
        return config;
    }

    /**
     * The configuration of a read-only service (the pipeline view): its own database with the event-store
     * schema for the inbox, and the broker; no Debezium, since it publishes nothing.
     */
    public synchronized Map<String, String> readOnlyServiceConfig(String database) {
        postgres.ensureDatabase(database);
        EventStoreSchema.migrate(postgres.jdbcUrl(database), LocalPostgres.USER, LocalPostgres.PASSWORD);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        config.put("quarkus.datasource.username", LocalPostgres.USER);
        config.put("quarkus.datasource.password", LocalPostgres.PASSWORD);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.putAll(vaultConfig());
        // no trace collector runs locally unless the developer starts one on localhost:4317
        config.put("quarkus.log.category.\"io.quarkus.opentelemetry.runtime.exporter\".level", "ERROR");
        // the local stack runs the development secrets: only the dev profile may (SecretsGuard)
        config.put("quarkus.profile", "dev");
        // and a clock the demo and the tests may move (PUT /dev/clock); refused outside dev and test
        config.put(ClockControl.PROPERTY, "true");
        return config;
    }

    /** The SMTP server the services mail through: what a customer would have received. */
    public LocalMail mail() {
        return mail;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public synchronized LocalConnect connect() {
        return connect;
    }

    /** Stops this JVM's Connect worker (cleanly: it commits its offsets and leaves the group). */
    public synchronized void stopConnect() {
        if (connect != null) {
            connect.close();
            connect = null;
        }
    }

    /** Starts this JVM's Connect worker again; it resumes the registered connectors from Kafka. */
    public synchronized void startConnect() {
        if (connect == null) {
            connect = LocalConnect.start(kafka.bootstrapServers(), connectPort);
        }
    }

    /** Why an outbox connector or its task failed (Kafka Connect's status), or null while all run. */
    public synchronized String publisherFailure() {
        return publishing.stream().map(s -> connect.failure(ConnectorConfig.name(s))).filter(f -> f != null)
                .findFirst().orElse(null);
    }

    @Override
    public synchronized void close() {
        stopConnect();
        publishing.clear();
        kafka.close();
        postgres.close();
        mail.close();
    }
}
