package io.dealstream.localstack;

import io.dealstream.events.Stage;
import io.dealstream.localstack.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs Dealstream locally without Docker: PostgreSQL, Kafka, Kafka Connect with each service's Debezium
 * outbox connector, and every service module that has been packaged
 * ({@code <stage>-service/target/quarkus-app}). Prints the URLs and stops everything on Ctrl-C. Data survives restarts under {@code .dealstream/}.
 *
 * <p>System properties: {@code dealstream.root} (repository root, default: working directory),
 * {@code dealstream.data} (default {@code <root>/.dealstream}), {@code dealstream.postgres.port}
 * (54320), {@code dealstream.kafka.port} (9092), {@code dealstream.connect.port} (18083, Kafka Connect's
 * REST API, where compose publishes it too).
 */
public final class Launcher {

    /** Ports of the services, as the README lists them. */
    public static final Map<Stage, Integer> HTTP_PORTS = Map.of(Stage.LEAD, 8081, Stage.NEEDS, 8082,
            Stage.PROPOSAL, 8083, Stage.DEAL, 8084, Stage.DELIVERY, 8085);

    /** The read-only pipeline view, fed by all five topics. */
    public static final String PIPELINE = "pipeline-service";
    public static final int PIPELINE_PORT = 8086;

    /** The browser console, on the services' public REST APIs. */
    public static final String CONSOLE = "console";
    public static final int CONSOLE_PORT = 8080;

    private Launcher() {
    }

    /**
     * How the console is started next to the services: the dev profile (its user picker mints tokens with the
     * dev key, read from this repository) and each service's URL.
     */
    public static Map<String, String> consoleConfig(Path root, Map<String, String> serviceUrls) {
        Map<String, String> config = new java.util.LinkedHashMap<>();
        config.put("quarkus.profile", "dev");
        config.put("smallrye.jwt.sign.key.location",
                root.resolve("local-stack/src/main/resources/dealstream/dev-jwt-private.pem").toUri().toString());
        serviceUrls.forEach((key, url) -> config.put("quarkus.rest-client." + key + ".url", url));
        return config;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("dealstream.root", ".")).toAbsolutePath().normalize();
        Path data = Path.of(System.getProperty("dealstream.data", root.resolve(".dealstream").toString()));
        int pgPort = Integer.getInteger("dealstream.postgres.port", 54320);
        int kafkaPort = Integer.getInteger("dealstream.kafka.port", 9092);
        int connectPort = Integer.getInteger("dealstream.connect.port", 18083);
        Files.createDirectories(data.resolve("logs"));

        LocalStack stack = LocalStack.startPersistent(data, pgPort, kafkaPort, connectPort);
        List<ServiceProcess> services = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Dealstream ...");
            services.forEach(ServiceProcess::stop); // all at once, then wait for each
            services.forEach(ServiceProcess::close);
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "dealstream-stop"));

        for (Stage stage : Stage.values()) {
            Path jar = ServiceProcess.jar(root, stage);
            if (Files.exists(jar)) {
                services.add(ServiceProcess.start(stage, jar, stack.serviceConfig(stage), HTTP_PORTS.get(stage),
                        data.resolve("logs")));
            }
        }
        Path pipeline = ServiceProcess.jar(root, PIPELINE);
        if (Files.exists(pipeline)) {
            services.add(ServiceProcess.start(PIPELINE, pipeline, stack.readOnlyServiceConfig("pipeline"),
                    PIPELINE_PORT, data.resolve("logs")));
        }
        Path console = ServiceProcess.jar(root, CONSOLE);
        if (Files.exists(console)) {
            Map<String, String> urls = new java.util.LinkedHashMap<>();
            for (ServiceProcess s : services) {
                urls.put(s.name().replace("-service", ""), s.baseUrl());
            }
            services.add(ServiceProcess.start(CONSOLE, console, consoleConfig(root, urls), CONSOLE_PORT, data.resolve("logs")));
        }
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofSeconds(120));
        }

        System.out.println();
        if (Files.exists(console)) {
            System.out.println("Open the console: http://localhost:" + CONSOLE_PORT + "/   (sign in as a dev user)");
        }
        System.out.println("Dealstream is running. Ctrl-C stops everything.");
        System.out.println();
        System.out.println("Services (Swagger UI):");
        for (ServiceProcess s : services) {
            if (s.name().equals(CONSOLE)) {
                continue;
            }
            System.out.printf("  %-17s %s/q/swagger-ui   (log: %s)%n", s.name(), s.baseUrl(), s.log());
        }
        if (services.isEmpty()) {
            System.out.println("  none packaged yet: run ./mvnw -B package -DskipTests first");
        }
        System.out.println();
        System.out.println("Kafka bootstrap:   " + stack.kafkaBootstrapServers()
                + "   topics: dealstream.<lead|needs|proposal|deal|delivery>.events");
        System.out.println("Kafka Connect:     " + stack.connect().url() + "connectors   (the five outbox connectors)");
        System.out.println("PostgreSQL (user postgres, password postgres):");
        for (ServiceProcess s : services) {
            if (!s.name().equals(CONSOLE)) {
                System.out.println("  " + stack.postgres().jdbcUrl(s.name().replace("-service", "")));
            }
        }
        System.out.println("  " + stack.postgres().jdbcUrl(LocalStack.VAULT_DATABASE) + "   (personal-data key vault)");
        System.out.println("Data directory:    " + data);
        if (List.of(args).contains("--demo")) {
            Map<Stage, String> urls = new java.util.EnumMap<>(Stage.class);
            for (ServiceProcess s : services) {
                if (!s.name().equals(PIPELINE) && !s.name().equals(CONSOLE)) {
                    urls.put(Stage.valueOf(s.name().replace("-service", "").toUpperCase()), s.baseUrl());
                }
            }
            String pipelineUrl = services.stream().filter(s -> s.name().equals(PIPELINE)).map(ServiceProcess::baseUrl)
                    .findFirst().orElse(null);
            if (urls.size() == Stage.values().length && pipelineUrl != null) {
                int count = Integer.getInteger("dealstream.demo.count", 300);
                long seed = Long.getLong("dealstream.demo.seed", 42);
                int months = Integer.getInteger("dealstream.demo.months", 6);
                System.out.println("Loading the demo: " + months + " months of a sales team's life, " + count
                        + " opportunities (seed " + seed + "), played through the public APIs in simulated time ...");
                System.out.println(new DemoData(urls, pipelineUrl, stack.kafkaBootstrapServers()).load(count, seed, months));
                if (Files.exists(console)) {
                    System.out.println("Open the console: http://localhost:" + CONSOLE_PORT + "/   (sign in as a dev user)");
                }
            } else {
                System.out.println("The demo needs the five stage services and the pipeline packaged.");
            }
        }
        System.out.println("Bearer token:      ./mvnw -B -q -pl local-stack exec:java "
                + "-Dexec.mainClass=io.dealstream.localstack.DevTokens -Dexec.args=\"alice sales manager\"");
        stopped.await();
    }
}
