package io.dealstream.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka Connect worker in its own JVM, joining the stack's worker group: what a Connect pod is. Fault
 * tests kill it with SIGKILL mid-load, which an in-process worker cannot suffer.
 */
public final class ConnectWorkerProcess implements AutoCloseable {

    private final Process process;
    private final int restPort;

    private ConnectWorkerProcess(Process process, int restPort) {
        this.process = process;
        this.restPort = restPort;
    }

    /** Starts {@code ConnectDistributed} on this JVM's classpath with the stack's worker configuration. */
    public static ConnectWorkerProcess start(String kafkaBootstrap, Path log) {
        try {
            int restPort = LocalKafka.freePort();
            Map<String, String> worker = LocalConnect.workerConfig(kafkaBootstrap, restPort);
            Properties props = new Properties();
            props.putAll(worker);
            Path config = Files.createTempFile("connect-worker", ".properties");
            try (OutputStream out = Files.newOutputStream(config)) {
                props.store(out, "a separate Kafka Connect worker of the local stack");
            }
            Files.createDirectories(log.getParent());
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    "org.apache.kafka.connect.cli.ConnectDistributed", config.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ConnectWorkerProcess(process, restPort);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a Kafka Connect worker process", e);
        }
    }

    /** The worker's REST API. */
    public java.net.URI url() {
        return java.net.URI.create("http://localhost:" + restPort + "/");
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no offset commit, no leaving the group, as a crashed pod. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }
}
