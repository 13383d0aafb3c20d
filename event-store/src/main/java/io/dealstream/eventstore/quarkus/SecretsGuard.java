package io.dealstream.eventstore.quarkus;

import io.dealstream.eventstore.time.ClockControl;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * Secrets fail closed: outside the dev and test profiles a service refuses to start with the development JWT key,
 * the demo's movable clock ({@link ClockControl}),
 * the development issuer, the development vault master key or the development link signing key (public in this
 * repository, so anyone could mint a token, open personal data or forge a customer's link), naming the variable to set. The launcher, the e2e tests and the demo deployments
 * run the dev profile on purpose.
 */
@ApplicationScoped
public class SecretsGuard {

    public static final String DEV_KEY_RESOURCE = "dealstream/dev-jwt-public.pem";
    public static final String DEV_ISSUER = "https://dealstream.io/dev";
    public static final String DEV_MASTER_KEY = "ZGVhbHN0cmVhbS1kZXYtbWFzdGVyLWtleS0zMmJ5dGU=";

    void check(@Observes @Priority(1) StartupEvent startup, Config config) {
        List<String> violations = violations(Set.copyOf(ConfigUtils.getProfiles()),
                publicKey(config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).orElse("")),
                config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse(""),
                config.getOptionalValue("dealstream.vault.master-key", String.class).orElse(""),
                config.getOptionalValue("dealstream.links.signing-key", String.class).orElse(""),
                config.getOptionalValue(ClockControl.PROPERTY, Boolean.class).orElse(false));
        if (!violations.isEmpty()) {
            throw new IllegalStateException("refusing to start with development secrets or switches outside the dev "
                    + "and test profiles: " + String.join("; ", violations));
        }
    }

    /** What a service may not start with in these profiles; empty when it may. */
    public static List<String> violations(Set<String> profiles, String publicKeyPem, String issuer, String masterKey,
            String linkSigningKey, boolean clockControl) {
        List<String> out = new ArrayList<>();
        if (ClockControl.allowed(profiles)) {
            return out;
        }
        if (clockControl) {
            out.add(ClockControl.VIOLATION);
        }
        if (normalise(publicKeyPem).equals(normalise(devPublicKey()))) {
            out.add("the JWT public key is the development key: set JWT_PUBLIC_KEY_LOCATION to your identity "
                    + "provider's key");
        }
        if (DEV_ISSUER.equals(issuer.strip())) {
            out.add("the JWT issuer is the development issuer: set JWT_ISSUER");
        }
        if (DEV_MASTER_KEY.equals(masterKey.strip())) {
            out.add("the vault master key is the development key: set VAULT_MASTER_KEY (openssl rand -base64 32)");
        }
        if (io.dealstream.eventstore.links.LinkSettings.DEV_SIGNING_KEY.equals(linkSigningKey.strip())) {
            out.add("the customer links' signing key is the development key: set LINK_SIGNING_KEY (openssl rand "
                    + "-base64 32)");
        }
        return out;
    }

    private static String publicKey(String location) {
        if (location.isBlank()) {
            return "";
        }
        try {
            String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            Path file = Path.of(path.startsWith("file:") ? path.substring("file:".length()) : path);
            if (Files.isRegularFile(file)) {
                return Files.readString(file);
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            return ""; // not readable here: smallrye-jwt reports it on the first token
        }
    }

    static String devPublicKey() {
        try (InputStream in = SecretsGuard.class.getClassLoader().getResourceAsStream(DEV_KEY_RESOURCE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalise(String pem) {
        return pem.replaceAll("\\s", "");
    }
}
