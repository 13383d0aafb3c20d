package io.dealstream.e2e;

import io.dealstream.events.Stage;
import io.dealstream.localstack.Launcher;
import io.dealstream.localstack.LocalStack;
import io.dealstream.localstack.ServiceProcess;
import io.dealstream.localstack.TestAuth;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform for the journeys: one local stack, and the five PACKAGED services (the jars users
 * run) as child processes on free ports. Started once per test JVM.
 */
final class Platform {

    private static Platform instance;

    private final LocalStack stack;
    private final Map<Stage, ServiceProcess> services = new EnumMap<>(Stage.class);
    private final ServiceProcess pipeline;
    private final ServiceProcess console;

    private final Map<Stage, Path> jars = new EnumMap<>(Stage.class);
    private final Path consoleJar;
    private final Path logs;

    private Platform() {
        Path root = Path.of(System.getProperty("dealstream.root", "..")).toAbsolutePath().normalize();
        stack = LocalStack.startEphemeral();
        logs = root.resolve("e2e-tests/target/service-logs");
        List<ServiceProcess> started = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            Path jar = ServiceProcess.jar(root, stage);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
            }
            jars.put(stage, jar);
            started.add(ServiceProcess.start(stage, jar, stack.serviceConfig(stage), freePort(), logs));
        }
        pipeline = ServiceProcess.start(Launcher.PIPELINE, ServiceProcess.jar(root, Launcher.PIPELINE),
                stack.readOnlyServiceConfig("pipeline"), freePort(), logs);
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        started.forEach(s -> urls.put(s.name().replace("-service", ""), s.baseUrl()));
        urls.put("pipeline", pipeline.baseUrl());
        consoleJar = ServiceProcess.jar(root, Launcher.CONSOLE);
        console = ServiceProcess.start(Launcher.CONSOLE, consoleJar, Launcher.consoleConfig(root, urls), freePort(), logs);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // all at once, then wait: the JVM must exit well within surefire's 30 s
            List<ServiceProcess> running = new ArrayList<>(services.values());
            running.forEach(ServiceProcess::stop);
            pipeline.stop();
            console.stop();
            running.forEach(ServiceProcess::close);
            pipeline.close();
            console.close();
            stack.close();
        }, "e2e-platform-stop"));
        pipeline.awaitReady(Duration.ofSeconds(180));
        console.awaitReady(Duration.ofSeconds(180));
        for (ServiceProcess s : started) {
            services.put(Stage.valueOf(s.name().replace("-service", "").toUpperCase()), s.awaitReady(Duration.ofSeconds(180)));
        }
    }

    /** Starts one more instance of a packaged service, named {@code name}, with extra configuration. */
    synchronized ServiceProcess startExtra(Stage stage, String name, Map<String, String> overrides) {
        Map<String, String> config = new java.util.LinkedHashMap<>(stack.serviceConfig(stage));
        config.putAll(overrides);
        return ServiceProcess.start(name, jars.get(stage), config, freePort(), logs);
    }

    /** Starts one more console, named {@code name}, with the given configuration only (its own profile: prod). */
    synchronized ServiceProcess startConsole(String name, Map<String, String> config) {
        return ServiceProcess.start(name, consoleJar, config, freePort(), logs);
    }

    /** Every service's URL by the console's name for it (lead ... delivery, pipeline). */
    Map<String, String> serviceUrls() {
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        services.forEach((stage, s) -> urls.put(stage.id(), s.baseUrl()));
        urls.put("pipeline", pipeline.baseUrl());
        return urls;
    }

    Path logs() {
        return logs;
    }

    /** Kills a service (SIGKILL) without restarting it yet. */
    synchronized void kill(Stage stage) {
        services.get(stage).kill();
    }

    /** Starts a killed service again on its port, as an orchestrator would, and waits until it is ready. */
    synchronized void restart(Stage stage) {
        launch(stage).awaitReady(Duration.ofSeconds(180));
    }

    /** Starts a killed service again on its port without waiting: its consumers start before it is ready. */
    synchronized ServiceProcess launch(Stage stage) {
        ServiceProcess old = services.get(stage);
        ServiceProcess fresh = ServiceProcess.start(stage, jars.get(stage), stack.serviceConfig(stage), old.port(), logs);
        services.put(stage, fresh);
        return fresh;
    }

    /** Restarts a service a test killed if it is still down, so one failed test cannot take the others down. */
    synchronized void ensureRunning(Stage stage) {
        if (!services.get(stage).isAlive()) {
            restart(stage);
        } else {
            services.get(stage).awaitReady(Duration.ofSeconds(180));
        }
    }

    static synchronized Platform get() {
        if (instance == null) {
            instance = new Platform();
        }
        return instance;
    }

    /** A request to one service as a user with roles. */
    RequestSpecification as(Stage stage, String user, String... roles) {
        return RestAssured.given().baseUri(services.get(stage).baseUrl()).filter(ResponseContractCheck.INSTANCE)
                .header("Authorization", TestAuth.bearer(user, roles)).contentType(ContentType.JSON);
    }

    /** A request to one service as a salesperson who is also manager (most of the journey). */
    RequestSpecification sales(Stage stage) {
        return as(stage, "alice", "sales", "manager");
    }

    /** A request to the read-only pipeline view. */
    RequestSpecification pipeline() {
        return RestAssured.given().baseUri(pipeline.baseUrl()).filter(ResponseContractCheck.INSTANCE)
                .header("Authorization", TestAuth.bearer("alice", "sales"));
    }

    ValidatableResponse post(Stage stage, String path, String body) {
        return sales(stage).body(body).post(path).then();
    }

    ValidatableResponse get(Stage stage, String path) {
        return sales(stage).get(path).then();
    }

    /** The browser console's base URL, e.g. http://localhost:41234. */
    String consoleUrl() {
        return console.baseUrl();
    }

    String baseUrl(Stage stage) {
        return services.get(stage).baseUrl();
    }

    /** A service's readiness answer ({@code /q/health/ready}). */
    io.restassured.response.Response health(Stage stage) {
        return RestAssured.given().baseUri(services.get(stage).baseUrl()).get("/q/health/ready");
    }

    LocalStack stack() {
        return stack;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
