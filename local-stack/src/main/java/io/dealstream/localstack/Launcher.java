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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs Dealstream locally without Docker: PostgreSQL, Kafka, a Debezium publisher per service, and
 * every service module that has been packaged ({@code <stage>-service/target/quarkus-app}). Prints
 * the URLs and stops everything on Ctrl-C. Data survives restarts under {@code .dealstream/}.
 *
 * <p>System properties: {@code dealstream.root} (repository root, default: working directory),
 * {@code dealstream.data} (default {@code <root>/.dealstream}), {@code dealstream.postgres.port}
 * (54320), {@code dealstream.kafka.port} (9092).
 */
public final class Launcher {

    /** Ports of the services, as the README lists them. */
    public static final Map<Stage, Integer> HTTP_PORTS = Map.of(Stage.LEAD, 8081, Stage.NEEDS, 8082,
            Stage.PROPOSAL, 8083, Stage.DEAL, 8084, Stage.DELIVERY, 8085);

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("dealstream.root", ".")).toAbsolutePath().normalize();
        Path data = Path.of(System.getProperty("dealstream.data", root.resolve(".dealstream").toString()));
        int pgPort = Integer.getInteger("dealstream.postgres.port", 54320);
        int kafkaPort = Integer.getInteger("dealstream.kafka.port", 9092);
        Files.createDirectories(data.resolve("logs"));

        LocalStack stack = LocalStack.startPersistent(data, pgPort, kafkaPort);
        Map<Stage, Process> services = new EnumMap<>(Stage.class);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Dealstream ...");
            services.values().forEach(Process::destroy);
            services.values().forEach(p -> {
                try {
                    p.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "dealstream-stop"));

        List<String> lines = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            Path jar = root.resolve(stage.serviceName()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                continue;
            }
            Map<String, String> config = stack.serviceConfig(stage);
            int port = HTTP_PORTS.get(stage);
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-Dquarkus.http.port=" + port));
            config.forEach((k, v) -> command.add("-D" + k + "=" + v));
            command.add("-jar");
            command.add(jar.toString());
            Path log = data.resolve("logs").resolve(stage.serviceName() + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            services.put(stage, process);
            lines.add(String.format("  %-17s http://localhost:%d/q/swagger-ui   (log: %s)", stage.serviceName(), port, log));
        }
        for (Stage stage : services.keySet()) {
            awaitReady(stage, HTTP_PORTS.get(stage), services.get(stage));
        }

        System.out.println();
        System.out.println("Dealstream is running. Ctrl-C stops everything.");
        System.out.println();
        System.out.println("Services (Swagger UI):");
        lines.forEach(System.out::println);
        if (services.isEmpty()) {
            System.out.println("  none packaged yet: run ./mvnw -B package -DskipTests first");
        }
        System.out.println();
        System.out.println("Kafka bootstrap:   " + stack.kafkaBootstrapServers()
                + "   topics: dealstream.<lead|needs|proposal|deal|delivery>.events");
        System.out.println("PostgreSQL (user postgres, password postgres):");
        for (Stage stage : services.keySet()) {
            System.out.println("  " + stack.postgres().jdbcUrl(stage.id()));
        }
        System.out.println("Data directory:    " + data);
        stopped.await();
    }

    private static void awaitReady(Stage stage, int port, Process process) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(stage.serviceName() + " exited with " + process.exitValue()
                        + "; see its log under .dealstream/logs");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250); // polling a child process's health endpoint; not a test
        }
        throw new IllegalStateException(stage.serviceName() + " not ready within 90 s");
    }

    private static String javaBinary() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java)) {
            throw new UncheckedIOException(new IOException("no java at " + java));
        }
        return java.toString();
    }
}
