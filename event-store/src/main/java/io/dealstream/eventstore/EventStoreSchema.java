package io.dealstream.eventstore;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates the {@code eventstore} schema of a service database with Flyway, with its own history
 * table, so the event store evolves independently of each service's projection migrations. Run by the
 * service at start-up and by the local stack before it starts Debezium (which needs the table).
 */
public final class EventStoreSchema {

    public static final String SCHEMA = "eventstore";

    private EventStoreSchema() {
    }

    public static void migrate(DataSource dataSource) {
        configure(Flyway.configure().dataSource(dataSource)).load().migrate();
    }

    public static void migrate(String jdbcUrl, String user, String password) {
        configure(Flyway.configure().dataSource(jdbcUrl, user, password)).load().migrate();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configure(
            org.flywaydb.core.api.configuration.FluentConfiguration config) {
        return config
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/eventstore")
                .table("flyway_eventstore_history");
    }
}
