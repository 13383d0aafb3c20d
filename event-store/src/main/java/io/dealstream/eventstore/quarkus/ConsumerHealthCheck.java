package io.dealstream.eventstore.quarkus;

import io.dealstream.eventstore.EventStore;
import io.dealstream.eventstore.messaging.ConsumerHealth;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Down (degraded) while a consumer holds its partition waiting for a dependency, naming the topic, the record's
 * offset, since when and why; up again by itself once the record goes through.
 */
@Readiness
@ApplicationScoped
public class ConsumerHealthCheck implements HealthCheck {

    private final EventStore store;

    ConsumerHealthCheck(EventStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, ConsumerHealth.Stalled> stalled = store.consumerHealth().stalled();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event consumers").status(stalled.isEmpty());
        stalled.forEach((topic, s) -> response.withData(topic, "degraded: retrying offset " + s.offset() + " since "
                + s.since() + " (" + s.attempts() + " attempts): " + s.lastError()));
        return response.build();
    }
}
