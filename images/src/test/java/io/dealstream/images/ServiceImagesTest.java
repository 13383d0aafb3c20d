package io.dealstream.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service image built from a packaged app onto a local base tarball: no daemon, no registry. */
class ServiceImagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theImageHoldsTheAppInLayersRunsItAsUser185AndExposesThePort() throws Exception {
        Path app = dir.resolve("lead-service/target/quarkus-app");
        write(app.resolve("quarkus-run.jar"), "run");
        write(app.resolve("lib/boot/boot.jar"), "boot");
        write(app.resolve("lib/main/dep.jar"), "dependency");
        write(app.resolve("quarkus/generated-bytecode.jar"), "generated");
        write(app.resolve("app/lead-service.jar"), "ours");
        Path base = baseTarball();
        Path out = dir.resolve("lead-service.tar");

        ServiceImages.build("tar://" + base, app, "dealstream/lead-service:1.2.3", 8081, out);

        Map<String, byte[]> entries = untar(Files.readAllBytes(out));
        JsonNode manifest = JSON.readTree(entries.get("manifest.json")).get(0);
        assertThat(manifest.at("/RepoTags/0").asText()).isEqualTo("dealstream/lead-service:1.2.3");
        JsonNode config = JSON.readTree(entries.get(manifest.get("Config").asText())).get("config");
        assertThat(config.get("User").asText()).isEqualTo("185");
        assertThat(config.get("WorkingDir").asText()).isEqualTo("/deployments");
        assertThat(config.get("Entrypoint").toString()).contains("-jar", "/deployments/quarkus-run.jar");
        assertThat(config.get("ExposedPorts").has("8081/tcp")).isTrue();
        // the base layer, then boot+libs, libs, Quarkus' code, our code: the often-changed last
        List<String> layers = new ArrayList<>();
        manifest.get("Layers").forEach(l -> layers.add(l.asText()));
        assertThat(layers).hasSize(5);
        assertThat(filesIn(entries.get(layers.get(2)))).containsExactly("deployments/lib/main/dep.jar");
        assertThat(filesIn(entries.get(layers.get(4))))
                .contains("deployments/app/lead-service.jar", "deployments/quarkus-run.jar");
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** A minimal Docker-format base image: one layer with /etc/passwd. */
    private Path baseTarball() throws Exception {
        byte[] layer = tar(Map.of("etc/passwd", "jboss:x:185:0::/deployments:/bin/false\n".getBytes(StandardCharsets.UTF_8)));
        String diffId = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(layer));
        String config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},"
                + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"" + diffId + "\"]}}";
        String manifest = "[{\"Config\":\"config.json\",\"RepoTags\":[\"test/base:1\"],\"Layers\":[\"layer.tar\"]}]";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        files.put("config.json", config.getBytes(StandardCharsets.UTF_8));
        files.put("layer.tar", layer);
        Path base = dir.resolve("base.tar");
        Files.write(base, tar(files));
        return base;
    }

    private static byte[] tar(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(f.getKey());
                entry.setSize(f.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(f.getValue());
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> untar(byte[] bytes) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(bytes))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (e.isFile()) {
                    out.put(e.getName(), tar.readAllBytes());
                }
            }
        }
        return out;
    }

    private static List<String> filesIn(byte[] layer) throws IOException {
        byte[] raw = layer;
        if (layer.length > 2 && (layer[0] & 0xff) == 0x1f && (layer[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(layer))) {
                raw = in.readAllBytes();
            }
        }
        List<String> names = new ArrayList<>(untar(raw).keySet());
        names.replaceAll(n -> n.startsWith("/") ? n.substring(1) : n);
        return names;
    }
}
