package io.dealstream.eventstore.quarkus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.dealstream.events.EventCodec;
import io.dealstream.events.Stage;
import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.EventStoreSchema;
import io.dealstream.eventstore.domain.ClientTimes;
import io.dealstream.eventstore.http.IdempotentCommands;
import io.dealstream.eventstore.messaging.DeadLetters;
import io.dealstream.eventstore.messaging.InboxConsumer;
import io.dealstream.eventstore.privacy.KeyVault;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.arc.DefaultBean;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import io.dealstream.eventstore.time.ClockControl;
import io.dealstream.eventstore.time.SimulatedClock;
import io.quarkus.runtime.configuration.ConfigUtils;
import java.time.Clock;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the event store into a service: {@code dealstream.stage} names the service's stage (none: read-only). */
@ApplicationScoped
public class EventStoreProducer {

    /** The system clock; a simulated one the demo and tests move only in the dev and test profiles. */
    @Produces
    @Singleton
    @DefaultBean
    Clock clock(@ConfigProperty(name = ClockControl.PROPERTY, defaultValue = "false") boolean control) {
        return control && ClockControl.allowed(Set.copyOf(ConfigUtils.getProfiles())) ? new SimulatedClock()
                : Clock.systemUTC();
    }

    /** The window for times a client states (see {@link ClientTimes}); the same in every service. */
    @Produces
    @Singleton
    ClientTimes clientTimes(
            @ConfigProperty(name = "dealstream.time.max-backdate", defaultValue = "P30D") java.time.Duration maxBackdate,
            @ConfigProperty(name = "dealstream.time.clock-skew", defaultValue = "PT5M") java.time.Duration skew) {
        return new ClientTimes(maxBackdate, skew);
    }

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Produces
    @Singleton
    EventStore eventStore(Pool pool, EventCodec codec, Clock clock,
            @ConfigProperty(name = "dealstream.stage") java.util.Optional<Stage> stage, KeyVault vault,
            OpenTelemetry openTelemetry) {
        // a read-only service (the pipeline view) has no stage: it consumes, its store only keeps the inbox
        return new EventStore(pool, codec, clock, stage.orElse(null), vault,
                openTelemetry.getTracer("io.dealstream.eventstore"));
    }

    /** Every consumer's exactly-once-in-effect wrapper (inbox, retries, dead letters, trace). */
    @Produces
    @Singleton
    InboxConsumer inboxConsumer(EventStore store, EventCodec codec) {
        return new InboxConsumer(store, codec);
    }

    /** Every resource's Idempotency-Key handling. */
    @Produces
    @Singleton
    IdempotentCommands idempotentCommands(EventStore store, ObjectMapper mapper) {
        return new IdempotentCommands(store, mapper);
    }

    /** The service's dead-letter topic, {@code dealstream.<service>.dlq}, read without joining a group. */
    @Produces
    @Singleton
    DeadLetters deadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        return new DeadLetters(bootstrap, io.dealstream.events.Topics.deadLetter(application.replace("-service", "")));
    }

    /** The personal-data key vault on the named datasource "vault" (Flyway migrates it at start). */
    @Produces
    @Singleton
    KeyVault keyVault(@ReactiveDataSource("vault") Pool vaultPool,
            @ConfigProperty(name = "dealstream.vault.master-key") String masterKey,
            @ConfigProperty(name = "dealstream.vault.key-cache-max-age", defaultValue = "PT30S")
            java.time.Duration keyCacheMaxAge) {
        return new KeyVault(vaultPool, KeyVault.masterKey(masterKey), keyCacheMaxAge);
    }

    /** Migrates the event-store schema before the service serves anything. */
    void migrate(@Observes @Priority(1) StartupEvent startup, AgroalDataSource dataSource) {
        EventStoreSchema.migrate(dataSource);
    }
}
