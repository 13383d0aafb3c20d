package io.dealstream.localstack.demo;

import io.dealstream.events.Stage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The demo's only way into the platform: the services' public REST APIs, and their dev-only clock. */
final class DemoApi {

    private static final Pattern FIRED = Pattern.compile("\"deadlinesFired\":(\\d+)");

    private final Map<Stage, String> urls;
    private final String pipelineUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong requests = new AtomicLong();

    DemoApi(Map<Stage, String> urls, String pipelineUrl) {
        this.urls = Map.copyOf(urls);
        this.pipelineUrl = pipelineUrl;
    }

    long requests() {
        return requests.get();
    }

    String post(Stage stage, String path, DemoPerson who, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(urls.get(stage) + path))
                .header("Authorization", who.bearer).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() >= 300) {
            throw new IOException(who.user + ": POST " + stage.serviceName() + path + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    String get(Stage stage, String path, DemoPerson who) throws IOException, InterruptedException {
        return get(urls.get(stage) + path, who);
    }

    String pipeline(String pathAndQuery) throws IOException, InterruptedException {
        return get(pipelineUrl + pathAndQuery, DemoPerson.MARIA);
    }

    /** Waits for a hand-over through Kafka: the resource appears in the next service. */
    void await(Stage stage, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(stage) + path))
                .header("Authorization", DemoPerson.MARIA.bearer).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (send(request).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IOException(path + " did not appear in " + stage.serviceName() + " within 60 s");
            }
            Thread.sleep(20);
        }
    }

    /**
     * Sets every service's clock to {@code now} (null: back to the real time), each firing the deadlines it passes
     * before it answers; returns how many fired.
     */
    int setClocks(Instant now) throws IOException {
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        List<String> bases = new ArrayList<>(urls.values());
        bases.add(pipelineUrl);
        for (String base : bases) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/dev/clock"))
                    .header("Authorization", DemoPerson.CLOCK_KEEPER.bearer).header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(2));
            answers.add(http.sendAsync(now == null ? request.DELETE().build()
                    : request.PUT(HttpRequest.BodyPublishers.ofString("{\"now\": \"" + now + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        int fired = 0;
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> answer = answers.get(i).join();
            if (answer.statusCode() != 200) {
                throw new IOException(bases.get(i) + "/dev/clock answered " + answer.statusCode() + " (the demo needs "
                        + "the dev profile's clock control): " + answer.body());
            }
            Matcher m = FIRED.matcher(answer.body());
            fired += m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
        requests.addAndGet(answers.size());
        return fired;
    }

    private String get(String url, DemoPerson who) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", who.bearer).build());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        requests.incrementAndGet();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
