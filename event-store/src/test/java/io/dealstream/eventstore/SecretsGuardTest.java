package io.dealstream.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.eventstore.quarkus.SecretsGuard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsGuardTest {

    static String devKey() throws IOException {
        try (InputStream in = SecretsGuard.class.getClassLoader().getResourceAsStream(SecretsGuard.DEV_KEY_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void productionRefusesEachDevelopmentSecretNamingItsVariable() throws IOException {
        assertThat(SecretsGuard.violations(Set.of("prod"), devKey(), SecretsGuard.DEV_ISSUER, SecretsGuard.DEV_MASTER_KEY))
                .hasSize(3).anyMatch(v -> v.contains("JWT_PUBLIC_KEY_LOCATION")).anyMatch(v -> v.contains("JWT_ISSUER"))
                .anyMatch(v -> v.contains("VAULT_MASTER_KEY"));
        // the same key in another layout (a mounted file) is still the development key
        assertThat(SecretsGuard.violations(Set.of("prod"), devKey().replace("\n", "\r\n") + "\n",
                "https://login.example.com/realms/sales", "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I="))
                .singleElement().asString().contains("JWT_PUBLIC_KEY_LOCATION");
    }

    @Test
    void realSecretsStartAndTheDevAndTestProfilesMayUseTheDevelopmentOnes() throws IOException {
        assertThat(SecretsGuard.violations(Set.of("prod"), "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----",
                "https://login.example.com/realms/sales", "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I=")).isEmpty();
        assertThat(SecretsGuard.violations(Set.of("dev"), devKey(), SecretsGuard.DEV_ISSUER, SecretsGuard.DEV_MASTER_KEY))
                .isEmpty();
        assertThat(SecretsGuard.violations(Set.of("test"), devKey(), SecretsGuard.DEV_ISSUER, SecretsGuard.DEV_MASTER_KEY))
                .isEmpty();
    }
}
