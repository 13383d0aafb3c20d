package io.dealstream.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.eventstore.quarkus.SecretsGuard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import io.dealstream.eventstore.links.LinkSettings;
import org.junit.jupiter.api.Test;

class SecretsGuardTest {

    static final String REAL_LINK_KEY = "bGluay1rZXktbGluay1rZXktbGluay1rZXktbGluay1rZXk=";

    static String devKey() throws IOException {
        try (InputStream in = SecretsGuard.class.getClassLoader().getResourceAsStream(SecretsGuard.DEV_KEY_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void productionRefusesEachDevelopmentSecretNamingItsVariable() throws IOException {
        assertThat(SecretsGuard.violations(Set.of("prod"), devKey(), SecretsGuard.DEV_ISSUER, SecretsGuard.DEV_MASTER_KEY,
                LinkSettings.DEV_SIGNING_KEY, true))
                .hasSize(5).anyMatch(v -> v.contains("DEALSTREAM_CLOCK_CONTROL")).anyMatch(v -> v.contains("JWT_PUBLIC_KEY_LOCATION")).anyMatch(v -> v.contains("JWT_ISSUER"))
                .anyMatch(v -> v.contains("VAULT_MASTER_KEY")).anyMatch(v -> v.contains("LINK_SIGNING_KEY"));
        // the same key in another layout (a mounted file) is still the development key
        assertThat(SecretsGuard.violations(Set.of("prod"), devKey().replace("\n", "\r\n") + "\n",
                "https://login.example.com/realms/sales", "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I=", REAL_LINK_KEY, false))
                .singleElement().asString().contains("JWT_PUBLIC_KEY_LOCATION");
    }

    @Test
    void realSecretsStartAndTheDevAndTestProfilesMayUseTheDevelopmentOnes() throws IOException {
        assertThat(SecretsGuard.violations(Set.of("prod"), "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----",
                "https://login.example.com/realms/sales", "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I=", REAL_LINK_KEY, false)).isEmpty();
        assertThat(SecretsGuard.violations(Set.of("dev"), devKey(), SecretsGuard.DEV_ISSUER, SecretsGuard.DEV_MASTER_KEY,
                LinkSettings.DEV_SIGNING_KEY, true)).isEmpty();
        assertThat(SecretsGuard.violations(Set.of("test"), devKey(), SecretsGuard.DEV_ISSUER, SecretsGuard.DEV_MASTER_KEY,
                LinkSettings.DEV_SIGNING_KEY, true)).isEmpty();
    }

    @Test
    void theDemosSimulatedClockIsRefusedInProductionEvenWithRealSecrets() {
        assertThat(SecretsGuard.violations(Set.of("prod"), "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----",
                "https://login.example.com/realms/sales", "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I=", REAL_LINK_KEY, true))
                .singleElement().asString().contains("dealstream.clock.control").contains("DEALSTREAM_CLOCK_CONTROL");
        assertThat(io.dealstream.eventstore.time.ClockControl.allowed(Set.of("prod"))).isFalse();
        assertThat(io.dealstream.eventstore.time.ClockControl.allowed(Set.of("dev"))).isTrue();
    }
}
