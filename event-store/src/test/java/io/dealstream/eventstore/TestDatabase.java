package io.dealstream.eventstore;

import io.dealstream.events.EventCodec;
import io.dealstream.events.Stage;
import io.dealstream.eventstore.privacy.KeyVault;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** One real PostgreSQL per test JVM, migrated, with a reactive pool on it. */
final class TestDatabase {

    /** The development master key (base64), as the services default to it. */
    static final String MASTER_KEY = "ZGVhbHN0cmVhbS1kZXYtbWFzdGVyLWtleS0zMmJ5dGU=";

    private static TestDatabase instance;

    final EmbeddedPostgres postgres;
    final Vertx vertx;
    final Pool pool;
    final KeyVault vault;

    private TestDatabase() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EventStoreSchema.migrate(postgres.getPostgresDatabase());
        vertx = Vertx.vertx();
        pool = PgPool.pool(vertx, new PgConnectOptions()
                        .setHost("localhost")
                        .setPort(postgres.getPort())
                        .setDatabase("postgres")
                        .setUser("postgres")
                        .setPassword("postgres"),
                new PoolOptions().setMaxSize(16));
        // the key vault in its own database, as in production
        try (var c = postgres.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("CREATE DATABASE dealstream_vault");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        vault = KeyVault.connect(vertx, "postgresql://localhost:" + postgres.getPort() + "/dealstream_vault",
                "postgres", "postgres", MASTER_KEY, 4);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is going away
            }
        }));
    }

    static synchronized TestDatabase get() {
        if (instance == null) {
            instance = new TestDatabase();
        }
        return instance;
    }

    EventStore store(Clock clock) {
        return new EventStore(pool, new EventCodec(), clock, Stage.LEAD, vault);
    }
}
