package io.dealstream.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * A real OpenID Connect provider: Keycloak's distribution (from Maven Central, unpacked by the build), started in
 * its dev mode on a free port with the realm {@code dealstream} (client dealstream-console, user olivia with the
 * role sales carried in the "groups" claim, as the services read roles).
 */
final class LocalKeycloak implements AutoCloseable {

    static final String REALM = "dealstream";
    static final String CLIENT = "dealstream-console";
    static final String SECRET = "console-test-secret-of-at-least-32-characters";

    private final Process process;
    private final int port;

    private LocalKeycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static LocalKeycloak start(Path logs) {
        Path home = Path.of(System.getProperty("dealstream.keycloak.home", "target/keycloak/keycloak"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(home + " holds no Keycloak: ./mvnw verify unpacks it (maven-dependency-plugin)");
        }
        int port = Platform.freePort();
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (InputStream realm = LocalKeycloak.class.getResourceAsStream("/keycloak/dealstream-realm.json")) {
                Files.copy(realm, imports.resolve("dealstream-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            ProcessBuilder builder = new ProcessBuilder(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--import-realm", "--cache=local", "--health-enabled=true"))
                    .directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("keycloak.log").toFile()));
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            LocalKeycloak keycloak = new LocalKeycloak(builder.start(), port);
            keycloak.awaitRealm();
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm's issuer, e.g. http://localhost:41234/realms/dealstream (what OIDC_AUTH_SERVER_URL names). */
    String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** Where the realm publishes its signing keys, for the services' token check. */
    String jwks() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    private void awaitRealm() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                !process.isAlive() || http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        if (!process.isAlive()) {
            throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see keycloak.log");
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }
}
