package io.dealstream.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds each service's container image as a tarball with Jib, without a Docker daemon or registry:
 * {@code target/images/<service>.tar}, loadable with {@code docker load -i} and named as docker-compose and
 * the Kubernetes manifests expect ({@code localhost/dealstream/<service>:<version>}, or under the repository
 * named by {@code DEALSTREAM_IMAGE_REPOSITORY}, e.g. {@code registry.example.com/dealstream}). The packaged Quarkus app goes in
 * layers from the least to the most often changed (boot and library jars, Quarkus' generated code, our
 * classes), so a new build of a service usually ships only its last layer.
 *
 * <p>Arguments: the base image ({@code tar:///path/base.tar}, {@code docker://name} or a registry reference),
 * the version, then the services (all when none).
 */
public final class ServiceImages {

    /** The services and their HTTP ports (the images expose them). */
    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("lead-service", 8081);
        SERVICES.put("needs-service", 8082);
        SERVICES.put("proposal-service", 8083);
        SERVICES.put("deal-service", 8084);
        SERVICES.put("delivery-service", 8085);
        SERVICES.put("pipeline-service", 8086);
        SERVICES.put("console", 8080);
    }

    static final String APP = "/deployments";
    static final String USER = "185";

    /** Where the images are named: a registry and path, so no runtime has to guess one from a short name. */
    static final String DEFAULT_REPOSITORY = "localhost/dealstream";

    private ServiceImages() {
    }

    static String repository() {
        String configured = System.getenv("DEALSTREAM_IMAGE_REPOSITORY");
        return configured == null || configured.isBlank() ? DEFAULT_REPOSITORY : configured.replaceAll("/+$", "");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ServiceImages <base image: tar:///base.tar | registry ref> <version> [service...]");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("dealstream.root", ".")).toAbsolutePath().normalize();
        List<String> services = args.length > 2 ? List.of(args).subList(2, args.length) : List.copyOf(SERVICES.keySet());
        Path out = root.resolve("images/target/images");
        Files.createDirectories(out);
        for (String service : services) {
            long t0 = System.nanoTime();
            Path tar = out.resolve(service + ".tar");
            JibContainer image = build(args[0], root.resolve(service).resolve("target/quarkus-app"),
                    repository() + "/" + service + ":" + args[1], SERVICES.get(service), tar);
            System.out.printf("%s: %s (%s, %d MB) in %d s%n", service, image.getTargetImage(), image.getDigest(),
                    Files.size(tar) >> 20, (System.nanoTime() - t0) / 1_000_000_000);
        }
    }

    /** Builds one service image from its packaged Quarkus app ({@code target/quarkus-app}) into a tarball. */
    public static JibContainer build(String baseImage, Path quarkusApp, String name, int port, Path tar) throws Exception {
        if (!Files.isRegularFile(quarkusApp.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(quarkusApp + " has no quarkus-run.jar: package the service first");
        }
        return container(baseImage, quarkusApp, port)
                .containerize(Containerizer.to(TarImage.at(tar).named(ImageReference.parse(name)))
                        .setToolName("dealstream-images"));
    }

    static JibContainerBuilder container(String baseImage, Path quarkusApp, int port) throws Exception {
        JibContainerBuilder builder = Jib.from(baseImage);
        for (List<String> layer : List.of(List.of("lib/boot"), List.of("lib/main"), List.of("quarkus"),
                List.of("app", "quarkus-run.jar", "quarkus-app-dependencies.txt"))) {
            FileEntriesLayer.Builder files = FileEntriesLayer.builder().setName(String.join("+", layer));
            for (String entry : layer) {
                addTree(files, quarkusApp, quarkusApp.resolve(entry));
            }
            builder.addFileEntriesLayer(files.build());
        }
        return builder
                .setEntrypoint(List.of("java", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-XX:MaxRAMPercentage=75.0", "-jar", APP + "/quarkus-run.jar"))
                .setWorkingDirectory(AbsoluteUnixPath.get(APP))
                .setUser(USER)
                .setExposedPorts(Set.of(Port.tcp(port)))
                .addEnvironmentVariable("QUARKUS_HTTP_PORT", String.valueOf(port))
                .addLabel("org.opencontainers.image.title", quarkusApp.getParent().getParent().getFileName().toString())
                .addLabel("org.opencontainers.image.source", "https://github.com/dealstream/dealstream")
                .setCreationTime(Instant.now());
    }

    private static void addTree(FileEntriesLayer.Builder layer, Path appRoot, Path start) {
        if (!Files.exists(start)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(start)) {
            walk.filter(Files::isRegularFile).sorted().forEach(paths::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : paths) {
            layer.addEntry(file, AbsoluteUnixPath.get(APP + "/" + appRoot.relativize(file).toString().replace('\\', '/')));
        }
    }
}
