package io.dealstream.eventstore.quarkus;

import io.dealstream.eventstore.privacy.KeyVault;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the key vault answers: without it no personal field can be written or read. */
@Readiness
@ApplicationScoped
public class VaultHealthCheck implements AsyncHealthCheck {

    private final KeyVault vault;

    VaultHealthCheck(KeyVault vault) {
        this.vault = vault;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return vault.pool().query("SELECT 1").execute()
                .ifNoItem().after(Duration.ofSeconds(3)).fail()
                .map(rows -> HealthCheckResponse.up("personal-data key vault"))
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named("personal-data key vault").down()
                        .withData("error", String.valueOf(e.getMessage())).build());
    }
}
