package io.dealstream.localstack.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealstream.events.Stage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The living demo of {@code ./run-local.sh --demo}: six months of a sales team's life played through the public
 * APIs in simulated time ({@link Simulation}), deterministic from a seed, then a summary of what it left.
 */
public final class DemoData {

    private final DemoApi api;
    private final String kafkaBootstrap;

    public DemoData(Map<Stage, String> urls, String pipelineUrl, String kafkaBootstrap) {
        this.api = new DemoApi(urls, pipelineUrl);
        this.kafkaBootstrap = kafkaBootstrap;
    }

    /** Plays {@code count} opportunities over the last {@code months}; returns the summary to print. */
    public String load(int count, long seed, int months) throws IOException, InterruptedException {
        long existing = new ObjectMapper().readTree(api.pipeline("/pipeline?size=1")).path("total").asLong();
        if (existing > 0) {
            return "  the platform has " + existing + " opportunities already: the demo plays its months of history "
                    + "into an empty platform only (stop, delete .dealstream, start again with --demo)";
        }
        long started = System.nanoTime();
        Simulation simulation = new Simulation(api, 6);
        List<Journey> journeys = simulation.run(count, seed, months, Instant.now());
        long captured = journeys.stream().filter(j -> j.id != null).count();
        String figures = new DemoReport(api).read(captured, kafkaBootstrap);
        return figures + "\n  " + captured + " opportunities played, " + simulation.deadlinesFired()
                + " deadlines fired, " + simulation.failures() + " steps failed, in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s";
    }
}
