package io.dealstream.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.distributed.DistributedHerder;

/**
 * A real Kafka Connect worker in distributed mode, in this JVM: the runtime production runs the outbox
 * connectors in (Strimzi, docker-compose), with the same internal topics and converters. Connectors are
 * registered through its REST API, as an operator would, so what the tests pass is what production runs.
 */
public final class LocalConnect implements AutoCloseable {

    /** The worker group and internal topics, named as in {@code k8s/base/connect.yaml} and compose. */
    public static final String GROUP_ID = "dealstream-connect";
    public static final String CONFIG_TOPIC = "dealstream.connect.configs";
    public static final String OFFSET_TOPIC = "dealstream.connect.offsets";
    public static final String STATUS_TOPIC = "dealstream.connect.status";

    private static final String PLUGIN_JAR = "/connect-plugins/dealstream-connect-plugins.jar";
    private static final Duration REGISTRATION_TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connect<DistributedHerder> connect;
    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LocalConnect(Connect<DistributedHerder> connect) {
        this.connect = connect;
        URI server = connect.rest().serverUrl();
        this.url = URI.create("http://localhost:" + server.getPort() + "/");
    }

    /** @param restPort 0 for a free port */
    public static LocalConnect start(String kafkaBootstrap, int restPort) {
        Map<String, String> worker = workerConfig(kafkaBootstrap, restPort);

        // Connect swaps the thread's class loader and exits the JVM when it cannot start; neither is
        // acceptable inside a test JVM or the launcher, so both are undone here
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("Kafka Connect did not start (exit " + status + "): " + message);
        });
        try {
            return new LocalConnect(new ConnectDistributed().startConnect(worker));
        } finally {
            Exit.resetExitProcedure();
            Thread.currentThread().setContextClassLoader(loader);
        }
    }

    /** The worker configuration of this stack's Connect workers (in-process or a separate process). */
    static Map<String, String> workerConfig(String kafkaBootstrap, int restPort) {
        Map<String, String> worker = new LinkedHashMap<>();
        worker.put("plugin.path", pluginPath().toString());
        worker.put("bootstrap.servers", kafkaBootstrap);
        worker.put("group.id", GROUP_ID);
        worker.put("config.storage.topic", CONFIG_TOPIC);
        worker.put("offset.storage.topic", OFFSET_TOPIC);
        worker.put("status.storage.topic", STATUS_TOPIC);
        worker.put("config.storage.replication.factor", "1");
        worker.put("offset.storage.replication.factor", "1");
        worker.put("status.storage.replication.factor", "1");
        // one broker, a handful of connectors: fewer internal partitions start faster (production keeps the defaults)
        worker.put("offset.storage.partitions", "5");
        worker.put("status.storage.partitions", "1");
        // the connectors name their converters; these are only the worker's defaults
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("config.providers", "env");
        worker.put("config.providers.env.class", "org.apache.kafka.common.config.provider.EnvVarConfigProvider");
        worker.put("listeners", "http://localhost:" + restPort);
        // plugins are found through their ServiceLoader manifests (Debezium and Kafka's on the classpath, ours on
        // the plugin path); scanning the whole classpath reflectively would cost seconds in every test JVM
        worker.put("plugin.discovery", "service_load");
        // a restarted stack re-publishes at most a second of events (consumers deduplicate them anyway)
        worker.put("offset.flush.interval.ms", "1000");
        // a worker that left (crashed) has its connectors taken over after 2 s, not Connect's 5 minutes (which
        // wait for a rolling restart); only this stack's workers share the group
        worker.put("scheduled.rebalance.max.delay.ms", "2000");
        return worker;
    }

    /**
     * A plugin path holding Dealstream's Connect plugin jar (built by connect-plugins, carried by this module),
     * loaded by Connect in its own class loader exactly as from a production image's plugin directory.
     */
    private static Path pluginPath() {
        try (InputStream jar = LocalConnect.class.getResourceAsStream(PLUGIN_JAR)) {
            if (jar == null) {
                throw new IllegalStateException(PLUGIN_JAR + " missing: build with ./mvnw install (connect-plugins)");
            }
            Path path = Files.createTempDirectory("dealstream-connect-plugins");
            Path plugin = Files.createDirectories(path.resolve("dealstream-connect-plugins"));
            Files.copy(jar, plugin.resolve("dealstream-connect-plugins.jar"));
            path.toFile().deleteOnExit();
            plugin.toFile().deleteOnExit();
            plugin.resolve("dealstream-connect-plugins.jar").toFile().deleteOnExit();
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The worker's REST API. */
    public URI url() {
        return url;
    }

    /**
     * Creates or updates the connector (PUT, idempotent) and waits until its task runs, i.e. Debezium
     * holds its replication slot and every later commit will be published.
     */
    public void register(String name, Map<String, String> config) {
        Instant deadline = Instant.now().plus(REGISTRATION_TIMEOUT);
        String body = toJson(config);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> put = send(HttpRequest.newBuilder(url.resolve("connectors/" + name + "/config"))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
            if (put.statusCode() == 200 || put.statusCode() == 201) {
                break;
            }
            if (put.statusCode() == 400 || put.statusCode() == 500) {
                // a refused configuration: Connect's validation names the fields (its PUT may hide them behind a 500)
                String errors = validationErrors(name, config);
                if (!errors.isEmpty()) {
                    throw new IllegalStateException("Kafka Connect refuses connector " + name + ": " + errors);
                }
            }
            // 409 while the worker joins its group or rebalances: ask again shortly
            last = put.statusCode() + " " + put.body();
            pause();
        }
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = status(name);
            if (status != null && running(status)) {
                return;
            }
            String failure = status == null ? null : failure(status);
            if (failure != null) {
                throw new IllegalStateException("connector " + name + " failed: " + failure);
            }
            last = String.valueOf(status);
            pause();
        }
        throw new IllegalStateException("connector " + name + " not running after " + REGISTRATION_TIMEOUT + ": " + last);
    }

    private String validationErrors(String name, Map<String, String> config) {
        String plugin = config.get("connector.class");
        Map<String, String> named = new LinkedHashMap<>(config);
        named.put("name", name);
        String body = toJson(named);
        HttpResponse<String> response = send(HttpRequest.newBuilder(url.resolve("connector-plugins/" + plugin
                + "/config/validate")).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 200) {
            return "validation answered " + response.statusCode() + " " + response.body();
        }
        List<String> errors = new ArrayList<>();
        try {
            for (JsonNode entry : JSON.readTree(response.body()).path("configs")) {
                JsonNode value = entry.path("value");
                if (value.path("errors").size() > 0) {
                    errors.add(value.path("name").asText() + ": " + value.path("errors"));
                }
            }
        } catch (IOException e) {
            return "unreadable validation " + response.body();
        }
        return String.join("; ", errors);
    }

    /** Restarts every connector and its tasks (they resume from their committed offsets). */
    public void restartAll() {
        HttpResponse<String> names = send(HttpRequest.newBuilder(url.resolve("connectors")).GET());
        try {
            for (JsonNode name : JSON.readTree(names.body())) {
                send(HttpRequest.newBuilder(url.resolve("connectors/" + name.asText() + "/restart?includeTasks=true"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable connector list: " + names.body(), e);
        }
    }

    /** Why a connector or one of its tasks failed, or null while all run. */
    public String failure(String name) {
        JsonNode status = status(name);
        return status == null ? null : failure(status);
    }

    private JsonNode status(String name) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url.resolve("connectors/" + name + "/status")).GET());
        if (response.statusCode() != 200) {
            return null;
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("unreadable connector status: " + response.body(), e);
        }
    }

    private static boolean running(JsonNode status) {
        JsonNode tasks = status.path("tasks");
        if (!"RUNNING".equals(status.path("connector").path("state").asText()) || tasks.isEmpty()) {
            return false;
        }
        for (JsonNode task : tasks) {
            if (!"RUNNING".equals(task.path("state").asText())) {
                return false;
            }
        }
        return true;
    }

    private static String failure(JsonNode status) {
        List<JsonNode> parts = new ArrayList<>();
        parts.add(status.path("connector"));
        status.path("tasks").forEach(parts::add);
        for (JsonNode part : parts) {
            if ("FAILED".equals(part.path("state").asText())) {
                return part.path("trace").asText("FAILED");
            }
        }
        return null;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Kafka Connect REST API at " + url + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String toJson(Map<String, String> config) {
        ObjectNode node = JSON.createObjectNode();
        config.forEach(node::put);
        return node.toString();
    }

    private static void pause() {
        try {
            Thread.sleep(200); // polling an external REST API between attempts, not test synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
