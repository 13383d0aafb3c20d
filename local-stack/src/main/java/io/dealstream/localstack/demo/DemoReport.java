package io.dealstream.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealstream.events.Stage;
import io.dealstream.localstack.ConsumerLag;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the demo left, read back through the pipeline's and proposal-service's public APIs. */
final class DemoReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TOPICS = Arrays.stream(Stage.values()).map(Stage::topic).toList();

    private final DemoApi api;

    DemoReport(DemoApi api) {
        this.api = api;
    }

    /**
     * Waits until the pipeline view has {@code opportunities} and has consumed every topic (twice in a row a second
     * apart, so the outbox's last events are in too), then reads the figures.
     */
    String read(long opportunities, String kafkaBootstrap) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        int caughtUp = 0;
        while (caughtUp < 2 && System.nanoTime() < deadline) {
            boolean all = JSON.readTree(api.pipeline("/pipeline?size=1")).path("total").asLong() >= opportunities
                    && ConsumerLag.caughtUp(kafkaBootstrap, "pipeline-service", TOPICS);
            caughtUp = all ? caughtUp + 1 : 0;
            Thread.sleep(all ? 1_000 : 200);
        }
        Map<String, Integer> byStage = new TreeMap<>();
        Map<String, Integer> overdue = new TreeMap<>();
        int total = 0;
        for (int page = 0; ; page++) {
            JsonNode items = JSON.readTree(api.pipeline("/pipeline?size=500&page=" + page)).path("items");
            for (JsonNode item : items) {
                total++;
                String outcome = item.path("outcome").asText("");
                byStage.merge(item.path("stage").asText() + (outcome.isEmpty() || "null".equals(outcome) ? "" : " " + outcome),
                        1, Integer::sum);
                if (item.path("overdue").asBoolean()) {
                    overdue.merge(item.path("nextDeadlineKind").asText("?"), 1, Integer::sum);
                }
            }
            if (items.size() < 500) {
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("  opportunities: ").append(total).append(" ").append(byStage).append('\n');
        out.append("  overdue today: ").append(overdue).append('\n');
        out.append("  funnel today, days per stage: ").append(daysPerStage(null)).append('\n');
        Instant quarterAgo = Instant.now().minus(91, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        out.append("  funnel as of ").append(quarterAgo.toString(), 0, 10).append(", entered per stage: ")
                .append(entered(quarterAgo)).append('\n');
        long late = 0;
        long objections = 0;
        for (JsonNode stat : JSON.readTree(api.get(Stage.PROPOSAL, "/objections/stats", DemoPerson.MARIA))) {
            objections += stat.path("count").asLong();
            late += stat.path("overdue").asLong();
        }
        out.append("  objections: ").append(objections).append(", answered late (over 24 h): ").append(late);
        return out.toString();
    }

    private Map<String, String> daysPerStage(Instant asOf) throws IOException, InterruptedException {
        Map<String, String> days = new LinkedHashMap<>();
        for (JsonNode stage : funnel(asOf).path("stages")) {
            days.put(stage.path("stage").asText(), stage.path("averageDaysBeforeNext").asText());
        }
        return days;
    }

    private Map<String, Long> entered(Instant asOf) throws IOException, InterruptedException {
        Map<String, Long> entered = new LinkedHashMap<>();
        for (JsonNode stage : funnel(asOf).path("stages")) {
            entered.put(stage.path("stage").asText(), stage.path("entered").asLong());
        }
        return entered;
    }

    private JsonNode funnel(Instant asOf) throws IOException, InterruptedException {
        return JSON.readTree(api.pipeline("/pipeline/funnel" + (asOf == null ? "" : "?asOf=" + asOf)));
    }
}
