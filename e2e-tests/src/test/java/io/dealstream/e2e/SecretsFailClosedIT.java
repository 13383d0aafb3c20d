package io.dealstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealstream.events.Stage;
import io.dealstream.localstack.ServiceProcess;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Secrets fail closed: the packaged lead-service, started in the prod profile with the repository's development
 * JWT key, issuer, vault master key and link signing key, and the demo's movable clock switched on, refuses to start
 * and names what to set.
 */
class SecretsFailClosedIT {

    @Test
    void aProductionServiceWithTheDevelopmentSecretsOrTheDemosClockRefusesToStart() throws Exception {
        Platform platform = Platform.get();
        ServiceProcess prod = platform.startExtra(Stage.LEAD, "lead-service-prod-profile",
                Map.of("quarkus.profile", "prod", "dealstream.clock.control", "true"));
        try {
            assertThatThrownBy(() -> prod.awaitReady(Duration.ofSeconds(120))).hasMessageContaining("exited");
            String log = Files.readString(prod.log());
            assertThat(log).contains("refusing to start with development secrets", "JWT_PUBLIC_KEY_LOCATION",
                    "JWT_ISSUER", "VAULT_MASTER_KEY", "LINK_SIGNING_KEY",
                    "DEALSTREAM_CLOCK_CONTROL");
        } finally {
            prod.close();
        }
    }
}
