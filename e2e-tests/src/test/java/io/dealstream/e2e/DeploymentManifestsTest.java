package io.dealstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dealstream.events.Stage;
import io.dealstream.localstack.Launcher;
import io.dealstream.localstack.LocalStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The operators' manifests agree with the code: every service, port, database and connector that
 * docker-compose and Kubernetes name exists, and selectors, ports, probes and references line up.
 */
class DeploymentManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("dealstream.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Properties applicationProperties(Stage stage) throws IOException {
        Properties props = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve(stage.serviceName()).resolve("src/main/resources/application.properties"))) {
            props.load(in);
        }
        return props;
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            it.forEachRemaining(doc -> {
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            });
        }
        return docs;
    }

    @Test
    void composeNamesEveryServicePortDatabaseAndConnectorOfTheCode() throws IOException {
        JsonNode compose = YAML.readTree(ROOT.resolve("docker-compose.yml").toFile());
        JsonNode services = compose.path("services");
        assertThat(services.has("postgres")).isTrue();
        assertThat(services.has("kafka")).isTrue();
        assertThat(services.at("/connect/image").asText()).isEqualTo("quay.io/debezium/connect:" + pomProperty("debezium.version"));
        String init = Files.readString(ROOT.resolve("deploy/postgres/init-databases.sql"));
        assertThat(services.at("/postgres/command").toString()).contains("wal_level=logical");
        // the personal-data key vault every service shares
        assertThat(init).contains("CREATE DATABASE " + LocalStack.VAULT_DATABASE + ";");
        assertThat(compose.at("/x-service-env/VAULT_DB_URL").asText()).endsWith("/" + LocalStack.VAULT_DATABASE);
        assertThat(compose.at("/x-service-env/VAULT_MASTER_KEY").asText()).isNotBlank();

        Set<String> composeServices = new HashSet<>();
        services.fieldNames().forEachRemaining(composeServices::add);
        for (Stage stage : Stage.values()) {
            String name = stage.serviceName();
            assertThat(composeServices).contains(name);
            assertThat(Files.isDirectory(ROOT.resolve(name))).as(name + " module").isTrue();
            int port = Launcher.HTTP_PORTS.get(stage);
            assertThat(applicationProperties(stage).getProperty("quarkus.http.port")).isEqualTo(Integer.toString(port));
            JsonNode service = services.path(name);
            assertThat(service.path("ports").toString()).contains(port + ":" + port);
            assertThat(service.at("/healthcheck/test").toString()).contains("localhost:" + port + "/q/health/ready");
            assertThat(service.at("/environment/DB_JDBC_URL").asText()).endsWith("/" + stage.id());
            assertThat(init).contains("CREATE DATABASE " + stage.id() + ";");
            assertThat(ROOT.resolve("local-stack/src/main/resources/connectors/" + stage.id() + ".json")).exists();
            assertThat(services.at("/connect-init/depends_on").has(name)).as("connectors wait for " + name).isTrue();
        }
        assertThat(services.at("/connect-init/volumes").toString()).contains("./local-stack/src/main/resources/connectors");
        // Kafka keeps its data in its volume and its events for good, as in k8s
        String kafkaVolume = services.at("/kafka/volumes/0").asText();
        assertThat(kafkaVolume.substring(kafkaVolume.indexOf(':') + 1))
                .isEqualTo(services.at("/kafka/environment/KAFKA_LOG_DIRS").asText());
        assertThat(services.at("/kafka/environment/KAFKA_LOG_RETENTION_MS").asText()).isEqualTo("-1");
        // no two containers publish the same host port, and none takes a service's or the console's port
        List<String> hostPorts = new ArrayList<>();
        services.fields().forEachRemaining(service -> service.getValue().path("ports").forEach(mapping ->
                hostPorts.add(mapping.asText().split(":")[0])));
        assertThat(hostPorts).doesNotHaveDuplicates();
        assertThat(services.at("/connect/ports").toString()).doesNotContain("\"8083:");
        // the services' image (deploy/images: a Debian JRE base) has bash but no curl
        for (Stage stage : Stage.values()) {
            assertThat(services.at("/" + stage.serviceName() + "/healthcheck/test").toString()).doesNotContain("curl")
                    .contains("bash");
        }
        assertThat(ROOT.resolve("deploy/connect/register-connectors.sh")).exists();
    }

    @Test
    void kubernetesServicesHaveMatchingSelectorsPortsProbesAndReferences() throws IOException {
        Set<String> configMaps = new HashSet<>();
        for (JsonNode doc : documents(ROOT.resolve("k8s/base/jwt-config.yaml"))) {
            configMaps.add(doc.at("/metadata/name").asText());
        }
        Set<String> secrets = new HashSet<>();
        for (JsonNode generator : YAML.readTree(ROOT.resolve("k8s/overlays/dev/kustomization.yaml").toFile())
                .path("secretGenerator")) {
            secrets.add(generator.path("name").asText());
        }
        String base = Files.readString(ROOT.resolve("k8s/base/kustomization.yaml"));
        for (Stage stage : Stage.values()) {
            String name = stage.serviceName();
            String file = "services/" + name + ".yaml";
            assertThat(base).as("kustomization lists " + file).contains(file);
            Map<String, JsonNode> byKind = new java.util.HashMap<>();
            for (JsonNode doc : documents(ROOT.resolve("k8s/base").resolve(file))) {
                byKind.put(doc.path("kind").asText(), doc);
                if (doc.path("kind").asText().equals("ConfigMap")) {
                    configMaps.add(doc.at("/metadata/name").asText());
                }
            }
            JsonNode deployment = byKind.get("Deployment");
            JsonNode template = deployment.at("/spec/template");
            JsonNode container = template.at("/spec/containers/0");
            int port = Launcher.HTTP_PORTS.get(stage);

            deployment.at("/spec/selector/matchLabels").fields().forEachRemaining(label ->
                    assertThat(template.path("metadata").path("labels").path(label.getKey()).asText()).isEqualTo(label.getValue().asText()));
            byKind.get("Service").at("/spec/selector").fields().forEachRemaining(label ->
                    assertThat(template.path("metadata").path("labels").path(label.getKey()).asText()).isEqualTo(label.getValue().asText()));
            byKind.get("PodDisruptionBudget").at("/spec/selector/matchLabels").fields().forEachRemaining(label ->
                    assertThat(template.path("metadata").path("labels").path(label.getKey()).asText()).isEqualTo(label.getValue().asText()));
            assertThat(byKind.get("HorizontalPodAutoscaler").at("/spec/scaleTargetRef/name").asText())
                    .isEqualTo(deployment.at("/metadata/name").asText());

            assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(port);
            String portName = container.at("/ports/0/name").asText();
            assertThat(byKind.get("Service").at("/spec/ports/0/targetPort").asText()).isEqualTo(portName);
            assertThat(byKind.get("Service").at("/spec/ports/0/port").asInt()).isEqualTo(port);
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            assertThat(container.at("/readinessProbe/httpGet/port").asText()).isEqualTo(portName);
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
            assertThat(template.at("/spec/securityContext/runAsNonRoot").asBoolean()).isTrue();
            assertThat(byKind.get("ConfigMap").at("/data/DB_JDBC_URL").asText()).endsWith("/" + stage.id());
            assertThat(byKind.get("ConfigMap").at("/data/VAULT_DB_URL").asText())
                    .endsWith("/" + LocalStack.VAULT_DATABASE);
            assertThat(container.path("env").findValuesAsText("name")).contains("VAULT_MASTER_KEY", "VAULT_DB_PASSWORD");

            for (JsonNode envFrom : container.path("envFrom")) {
                assertThat(configMaps).as(name + " envFrom").contains(envFrom.at("/configMapRef/name").asText());
            }
            for (JsonNode env : container.path("env")) {
                JsonNode ref = env.at("/valueFrom/secretKeyRef/name");
                if (!ref.isMissingNode()) {
                    assertThat(secrets).as(name + " secret").contains(ref.asText());
                }
            }
            for (JsonNode volume : template.at("/spec/volumes")) {
                JsonNode secret = volume.at("/secret/secretName");
                if (!secret.isMissingNode()) {
                    assertThat(secrets).as(name + " volume secret").contains(secret.asText());
                }
            }
        }
    }

    @Test
    void kubernetesConnectorsAndTopicsAreThoseOfTheCode() throws IOException {
        Set<String> topics = new HashSet<>();
        for (JsonNode doc : documents(ROOT.resolve("k8s/base/topics.yaml"))) {
            topics.add(doc.at("/spec/topicName").isMissingNode() ? doc.at("/metadata/name").asText()
                    : doc.at("/spec/topicName").asText());
        }
        // the brokers do not create topics: every topic the code sends to has its KafkaTopic (events, the
        // dead-letter topics of every consumer, Debezium's heartbeats)
        List<String> named = new ArrayList<>();
        for (String service : List.of("lead-service", "needs-service", "proposal-service", "deal-service",
                "delivery-service", "pipeline-service")) {
            Properties props = new Properties();
            try (var in = Files.newInputStream(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
                props.load(in);
            }
            props.stringPropertyNames().stream().filter(k -> k.endsWith(".topic")).map(props::getProperty)
                    .forEach(named::add);
        }
        for (Stage stage : Stage.values()) {
            JsonNode config = JSON.readTree(ROOT.resolve("local-stack/src/main/resources/connectors/" + stage.id()
                    + ".json").toFile()).path("config");
            if (config.has("heartbeat.interval.ms")) {
                named.add(config.path("heartbeat.topics.prefix").asText("__debezium-heartbeat") + "."
                        + config.path("topic.prefix").asText());
            }
        }
        assertThat(named).isNotEmpty().contains("dealstream.needs.dlq", "__debezium-heartbeat.dealstream-lead");
        assertThat(topics).containsAll(named);
        // partners find every topic the services send to in the AsyncAPI document, dead letters included
        JsonNode asyncapi = YAML.readTree(ROOT.resolve("shared-events/src/main/resources/asyncapi.yaml").toFile());
        Set<String> addresses = new HashSet<>();
        asyncapi.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        assertThat(addresses).containsAll(named.stream().filter(t -> t.startsWith("dealstream.")).toList());
        for (Stage stage : Stage.values()) {
            assertThat(topics).contains(stage.topic());
            JsonNode json = JSON.readTree(ROOT.resolve("local-stack/src/main/resources/connectors/" + stage.id() + ".json").toFile());
            JsonNode connector = documents(ROOT.resolve("k8s/base/connectors/" + stage.id() + ".yaml")).get(0);
            assertThat(connector.at("/metadata/name").asText()).isEqualTo(json.path("name").asText());
            assertThat(connector.at("/spec/class").asText()).isEqualTo(json.at("/config/connector.class").asText());
            JsonNode config = connector.at("/spec/config");
            json.path("config").fields().forEachRemaining(entry -> {
                if (!entry.getKey().equals("connector.class") && !entry.getKey().equals("tasks.max")) {
                    assertThat(config.path(entry.getKey()).asText()).as(stage.id() + " " + entry.getKey())
                            .isEqualTo(entry.getValue().asText());
                }
            });
            assertThat(config.size()).isEqualTo(json.path("config").size() - 2);
            // the database user comes from the environment like the password (a Secret in k8s), never hard-coded
            assertThat(json.at("/config/database.user").asText()).isEqualTo("${env:DEALSTREAM_DB_USER}");
            assertThat(json.at("/config/database.password").asText()).isEqualTo("${env:DEALSTREAM_DB_PASSWORD}");
        }
    }

    /** The console runs beside the services everywhere: compose and k8s, on port 8080, its dev sign-in only in dev. */
    @Test
    void theConsoleIsDeployedLikeTheServices() throws IOException {
        JsonNode console = YAML.readTree(ROOT.resolve("docker-compose.yml").toFile()).at("/services/console");
        assertThat(console.path("ports").toString()).contains(Launcher.CONSOLE_PORT + ":" + Launcher.CONSOLE_PORT);
        assertThat(console.at("/healthcheck/test").toString()).contains("localhost:" + Launcher.CONSOLE_PORT + "/q/health/ready");
        assertThat(console.at("/environment/QUARKUS_PROFILE").asText()).isEqualTo("${DEALSTREAM_PROFILE:-dev}");
        for (Stage stage : Stage.values()) {
            assertThat(console.at("/environment/" + stage.name() + "_URL").asText())
                    .isEqualTo("http://" + stage.serviceName() + ":" + Launcher.HTTP_PORTS.get(stage));
        }
        Properties props = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve("console/src/main/resources/application.properties"))) {
            props.load(in);
        }
        assertThat(props.getProperty("quarkus.http.port")).isEqualTo(Integer.toString(Launcher.CONSOLE_PORT));
        assertThat(props.getProperty("%prod.quarkus.oidc.tenant-enabled")).isEqualTo("true");
        assertThat(props.getProperty("%prod.dealstream.console.dev-sign-in")).as("no dev sign-in in prod").isNull();

        Map<String, JsonNode> byKind = new java.util.HashMap<>();
        for (JsonNode doc : documents(ROOT.resolve("k8s/base/services/console.yaml"))) {
            byKind.put(doc.path("kind").asText(), doc);
        }
        JsonNode container = byKind.get("Deployment").at("/spec/template/spec/containers/0");
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(Launcher.CONSOLE_PORT);
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(byKind.get("ConfigMap").at("/data/OIDC_AUTH_SERVER_URL").asText()).startsWith("https://");
        assertThat(Files.readString(ROOT.resolve("k8s/base/kustomization.yaml"))).contains("services/console.yaml");
        String dev = Files.readString(ROOT.resolve("k8s/overlays/dev/kustomization.yaml"));
        assertThat(dev).contains("name: console").contains("DEV_SIGNING_KEY_LOCATION");
        assertThat(Files.readString(ROOT.resolve("k8s/overlays/prod/kustomization.yaml"))).doesNotContain("DEV_SIGNING_KEY");
    }

    /** Secrets fail closed: only the dev deployments run the dev profile, and production names another issuer. */
    @Test
    void onlyTheDevDeploymentsRunTheDevelopmentSecrets() throws IOException {
        JsonNode compose = YAML.readTree(ROOT.resolve("docker-compose.yml").toFile());
        assertThat(compose.at("/x-service-env/QUARKUS_PROFILE").asText()).isEqualTo("${DEALSTREAM_PROFILE:-dev}");
        String kustomizeDev = Files.readString(ROOT.resolve("k8s/overlays/dev/kustomization.yaml"));
        String kustomizeProd = Files.readString(ROOT.resolve("k8s/overlays/prod/kustomization.yaml"));
        assertThat(kustomizeDev).contains("name: QUARKUS_PROFILE").contains("value: dev");
        assertThat(kustomizeProd).doesNotContain("QUARKUS_PROFILE").contains("path: /data/JWT_ISSUER")
                .doesNotContain(io.dealstream.eventstore.quarkus.SecretsGuard.DEV_ISSUER);
    }

    @Test
    void connectGetsTheDatabaseUserAndPasswordFromTheEnvironment() throws IOException {
        String connect = Files.readString(ROOT.resolve("k8s/base/connect.yaml"));
        assertThat(connect).contains("name: DEALSTREAM_DB_USER").contains("key: username")
                .contains("name: DEALSTREAM_DB_PASSWORD").contains("key: password");
        JsonNode compose = YAML.readTree(ROOT.resolve("docker-compose.yml").toFile());
        assertThat(compose.at("/services/connect/environment/DEALSTREAM_DB_USER").asText()).isNotBlank();
        assertThat(compose.at("/services/connect/environment/DEALSTREAM_DB_PASSWORD").asText()).isNotBlank();
    }

    /** A property of the root pom (versions the build uses). */
    private static String pomProperty(String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(m.find()).as(name + " in pom.xml").isTrue();
        return m.group(1);
    }

    /**
     * Every transform the outbox connectors name is installed wherever Kafka Connect runs them, at the version
     * this build tests: Debezium's in the Debezium image and Strimzi build, ours from connect-plugins.
     */
    @Test
    void everyTransformTheConnectorsNameIsInstalledWhereConnectRuns() throws IOException {
        Matcher version = Pattern.compile("<artifactId>dealstream-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(version.find()).isTrue();
        String projectVersion = version.group(1);
        JsonNode compose = YAML.readTree(ROOT.resolve("docker-compose.yml").toFile()).at("/services/connect");
        JsonNode build = documents(ROOT.resolve("k8s/base/connect.yaml")).get(0).at("/spec/build/plugins");
        Map<String, String> k8sArtifacts = new java.util.HashMap<>();
        build.forEach(plugin -> plugin.path("artifacts").forEach(a -> k8sArtifacts.put(a.path("artifact").asText(),
                a.path("version").asText())));
        List<String> ours = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            JsonNode config = JSON.readTree(ROOT.resolve("local-stack/src/main/resources/connectors/" + stage.id() + ".json")
                    .toFile()).path("config");
            config.fields().forEachRemaining(field -> {
                if (field.getKey().matches("transforms\\.[^.]+\\.type") && field.getValue().asText().startsWith("io.dealstream.")) {
                    ours.add(field.getValue().asText());
                }
            });
        }
        assertThat(ours).as("every connector drops null headers").hasSize(Stage.values().length)
                .containsOnly("io.dealstream.connect.DropNullHeaders");
        String manifest = Files.readString(ROOT.resolve(
                "connect-plugins/src/main/resources/META-INF/services/org.apache.kafka.connect.transforms.Transformation"));
        assertThat(manifest).contains("io.dealstream.connect.DropNullHeaders");
        assertThat(compose.path("volumes").toString())
                .contains("./connect-plugins/target/dealstream-connect-plugins.jar:/kafka/connect/");
        assertThat(k8sArtifacts).containsEntry("connect-plugins", projectVersion)
                .containsEntry("debezium-connector-postgres", pomProperty("debezium.version"));
    }

    /** The alert rules name metrics the services export: a renamed gauge must not silence an alert. */
    @Test
    void alertRulesUseMetricsTheServicesExport() throws IOException {
        Set<String> exported = new HashSet<>();
        try (var files = Files.walk(ROOT.resolve("event-store/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher gauge = Pattern.compile("Gauge\\.builder\\(\"([a-z_.]+)\"").matcher(Files.readString(file));
                while (gauge.find()) {
                    exported.add(gauge.group(1).replace('.', '_'));
                }
            }
        }
        Matcher used = Pattern.compile("\\b(dealstream_[a-z_]+)\\b").matcher(Files.readString(ROOT.resolve("k8s/base/alerts.yaml")));
        Set<String> named = new HashSet<>();
        while (used.find()) {
            named.add(used.group(1));
        }
        assertThat(named).containsExactlyInAnyOrder("dealstream_dead_letters_waiting", "dealstream_consumers_stalled");
        assertThat(exported).containsAll(named);
        assertThat(Files.readString(ROOT.resolve("k8s/base/kustomization.yaml"))).contains("alerts.yaml");
    }

    /** The dev overlay runs one replica of each service: its disruption budgets must not block a node drain. */
    @Test
    void theDevOverlaysDisruptionBudgetsAllowADrain() throws IOException {
        String dev = Files.readString(ROOT.resolve("k8s/overlays/dev/kustomization.yaml"));
        assertThat(dev).contains("kind: PodDisruptionBudget").contains("path: /spec/maxUnavailable")
                .contains("path: /spec/minAvailable");
    }

    /** The dev overlay's PostgreSQL runs as non-root, with resources and both probes, like the services. */
    @Test
    void theDevPostgresIsHardenedLikeTheServices() throws IOException {
        JsonNode statefulSet = documents(ROOT.resolve("k8s/overlays/dev/postgres.yaml")).stream()
                .filter(d -> d.path("kind").asText().equals("StatefulSet")).findFirst().orElseThrow();
        JsonNode pod = statefulSet.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.at("/resources/requests/memory").asText()).isNotBlank();
        assertThat(container.at("/resources/limits/memory").asText()).isNotBlank();
        assertThat(container.has("readinessProbe")).isTrue();
        assertThat(container.has("livenessProbe")).isTrue();
    }

    private static List<Path> kubernetesFiles() throws IOException {
        try (var files = Files.walk(ROOT.resolve("k8s"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void strimziResourcesUseTheV1ApiOfTheNamedStrimziRelease() throws IOException {
        int strimzi = 0;
        for (Path file : kubernetesFiles()) {
            for (JsonNode doc : documents(file)) {
                String apiVersion = doc.path("apiVersion").asText();
                if (apiVersion.contains("strimzi.io")) {
                    strimzi++;
                    // Strimzi 1.0 serves only v1: a v1beta2 resource is refused by the API server
                    assertThat(apiVersion).as(file + " " + doc.at("/metadata/name").asText()).isEqualTo("kafka.strimzi.io/v1");
                }
                if (doc.path("kind").asText().equals("KafkaConnect")) {
                    for (String field : List.of("groupId", "configStorageTopic", "offsetStorageTopic", "statusStorageTopic")) {
                        assertThat(doc.path("spec").has(field)).as("KafkaConnect v1 requires spec." + field).isTrue();
                    }
                    assertThat(doc.at("/spec/config").has("group.id")).as("group.id is spec.groupId in v1").isFalse();
                }
            }
        }
        assertThat(strimzi).isGreaterThan(20);
        String readme = Files.readString(ROOT.resolve("k8s/README.md"));
        assertThat(readme).contains("Strimzi 1.0.0").contains("kafka.strimzi.io/v1");
        String kafkaVersion = documents(ROOT.resolve("k8s/base/kafka.yaml")).stream()
                .filter(d -> d.path("kind").asText().equals("Kafka")).findFirst().orElseThrow()
                .at("/spec/kafka/version").asText();
        assertThat(readme).contains("Kafka " + kafkaVersion);
    }

    @Test
    void everyImageNamesItsRegistry() throws IOException {
        List<String> images = new ArrayList<>();
        YAML.readTree(ROOT.resolve("docker-compose.yml").toFile()).path("services")
                .forEach(service -> images.add(service.path("image").asText()));
        for (Path file : kubernetesFiles()) {
            for (JsonNode doc : documents(file)) {
                doc.findValues("image").forEach(image -> images.add(image.isTextual() ? image.asText() : ""));
                doc.findValues("newName").forEach(image -> images.add(image.asText()));
            }
        }
        assertThat(images).hasSizeGreaterThan(15);
        for (String image : images) {
            // a short name (postgres:16, dealstream/lead-service) leaves the registry to each runtime's guess
            String first = image.split("/")[0];
            assertThat(image.contains("/") && (first.contains(".") || first.contains(":") || first.equals("localhost")))
                    .as(image + " names its registry").isTrue();
        }
    }
}
