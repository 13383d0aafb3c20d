package io.dealstream.localstack;

import io.dealstream.events.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A packaged service (its {@code quarkus-app}) running as a child process against a local stack. */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** The packaged jar of a service module under the repository root. */
    public static Path jar(Path root, Stage stage) {
        return jar(root, stage.serviceName());
    }

    public static Path jar(Path root, String module) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Starts the service's jar with the stack's configuration; does not wait for readiness. */
    public static ServiceProcess start(Stage stage, Path jar, Map<String, String> config, int port, Path logDir) {
        return start(stage.serviceName(), jar, config, port, logDir);
    }

    /** Starts a service module's jar by name, e.g. the read-only pipeline-service. */
    public static ServiceProcess start(String name, Path jar, Map<String, String> config, int port, Path logDir) {
        try {
            Files.createDirectories(logDir);
            List<String> command = new ArrayList<>(List.of(javaBinary(), System.getProperty("dealstream.service.heap", "-Xmx192m"), "-XX:+UseSerialGC",
                    "-Dquarkus.http.port=" + port));
            // the class-data archive Quarkus wrote at package time (quarkus.package.jar.appcds): faster start;
            // a JVM other than the one that wrote it ignores it (-Xshare:auto)
            Path archive = jar.resolveSibling("app-cds.jsa");
            if (Files.exists(archive)) {
                command.add("-XX:SharedArchiveFile=" + archive.getFileName());
            }
            // e.g. -Ddealstream.service.jvm-options="-XX:StartFlightRecording=filename=/tmp/{name}.jfr,settings=profile"
            String extra = System.getProperty("dealstream.service.jvm-options", "").strip();
            if (!extra.isEmpty()) {
                command.addAll(List.of(extra.replace("{name}", name).split("\\s+")));
            }
            config.forEach((k, v) -> command.add("-D" + k + "=" + v));
            command.add("-jar");
            command.add(jar.getFileName().toString());
            Path log = logDir.resolve(name + ".log");
            // started in its quarkus-app folder, as the archive's relative class path expects
            Process process = new ProcessBuilder(command).directory(jar.getParent().toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new ServiceProcess(name, port, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Polls {@code /q/health/ready} until the service answers 200. */
    public ServiceProcess awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue()
                        + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
                Thread.sleep(200); // pacing the poll of a child process, not a test's synchronisation
            } catch (IOException notYet) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Kills the service outright (SIGKILL), as a crash or an OOM kill would, and waits until it is gone. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the service to stop (SIGTERM); {@link #close} waits for it. */
    public void stop() {
        process.destroy();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
