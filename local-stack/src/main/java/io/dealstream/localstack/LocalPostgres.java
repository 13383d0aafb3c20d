package io.dealstream.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server (zonky embedded binaries, no Docker) with {@code wal_level=logical} for
 * Debezium, holding one database per service. It commits synchronously, as compose, k8s and managed
 * databases do: an acknowledged command survives a crash. It can be stopped, killed and restarted on the
 * same port and data, as an outage would.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    /** {@code off} only to measure what durability costs (bench); the embedded library's default is off. */
    public static final String SYNCHRONOUS_COMMIT = System.getProperty("dealstream.postgres.synchronous-commit", "on");

    private final int port;
    private final Path dataDir;
    private final boolean throwAway;
    private EmbeddedPostgres postgres;

    private LocalPostgres(int port, Path dataDir, boolean throwAway) {
        this.port = port;
        this.dataDir = dataDir;
        this.throwAway = throwAway;
    }

    /**
     * @param port    0 for a free port
     * @param dataDir null for a throw-away directory, else kept across runs
     */
    public static LocalPostgres start(int port, Path dataDir) {
        try {
            boolean throwAway = dataDir == null;
            Path dir = throwAway ? Files.createTempDirectory("dealstream-postgres") : dataDir;
            LocalPostgres postgres = new LocalPostgres(port > 0 ? port : LocalKafka.freePort(), dir, throwAway);
            postgres.restart();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /** Starts the server (again) on its port and data. */
    public synchronized void restart() {
        if (postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("wal_level", "logical")
                    .setServerConfig("max_replication_slots", "16")
                    .setServerConfig("max_wal_senders", "16")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", SYNCHRONOUS_COMMIT)
                    .setServerConfig("wal_writer_delay", "10ms")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .setPort(port)
                    .setDataDirectory(dataDir).setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /** Stops the server cleanly (its data stays), as a planned outage would. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        java.util.Optional<ProcessHandle> postmaster = postmaster();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
        // the library gives pg_ctl a few seconds; with replication clients attached a fast shutdown can take
        // longer, and a restart must not find the old postmaster still holding the data directory
        if (postmaster.isEmpty()) {
            return; // already gone (the library's own shutdown hook got there first)
        }
        try {
            postmaster.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            postmaster.get().destroyForcibly();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The running postmaster, from its pid file. */
    private java.util.Optional<ProcessHandle> postmaster() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            return Files.exists(pidFile)
                    ? ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the postmaster with SIGKILL, as a crash would: no checkpoint, no goodbye to clients. */
    public synchronized void kill() {
        if (postgres == null) {
            return;
        }
        ProcessHandle postmaster = postmaster().orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        List<ProcessHandle> children = postmaster.children().toList();
        postmaster.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot kill PostgreSQL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try {
            postgres.close(); // releases the library's lock; the server is already gone
        } catch (IOException | RuntimeException expected) {
            // pg_ctl stop finds no server: that is the point
        }
        postgres = null;
    }

    public int port() {
        return port;
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("database name " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** The URL form of the Quarkus reactive client. */
    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public void close() {
        stop();
        if (throwAway) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
