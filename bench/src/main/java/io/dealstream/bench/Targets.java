package io.dealstream.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 17's targets beside what this run measured, each ratio against this run's own raw PostgreSQL and
 * Kafka figures (the machine is shared and noisy: absolute numbers vary twofold between runs, ratios less).
 */
final class Targets {

    private Targets() {
    }

    static List<Map<String, Object>> of(Map<String, Object> report) {
        List<Map<String, Object>> out = new ArrayList<>();
        double commits = number(report, "machine_limits", "postgres_single_row_insert_commits_per_s");
        double consume = number(report, "machine_limits", "kafka", "consume_per_s");
        atLeast(out, "sustained capture, % of raw single-row commits/s",
                100 * number(report, "lead_capture_sustained", "commands_per_s") / commits, 9);
        atMost(out, "fixed rate: command p99 ms", number(report, "lead_capture_at_fixed_rate", "latency", "p99_ms"), 50);
        atMost(out, "fixed rate: REST answer to Kafka p99 ms",
                number(report, "lead_capture_at_fixed_rate", "rest_answer_to_kafka", "p99_ms"), 100);
        atMost(out, "command to downstream projection p99 ms", number(report, "command_to_downstream_projection",
                "p99_ms"), 250);
        atLeast(out, "event-store read/decode, % of raw Kafka consume/s",
                100 * number(report, "event_store_read_decode", "events_per_s") / consume, 30);
        double slowestReady = 0;
        double largestRss = 0;
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> started = (Map<String, Map<String, Object>>) report
                .get("services_started_one_after_another");
        for (Map<String, Object> service : started.values()) {
            slowestReady = Math.max(slowestReady, ((Number) service.get("ready_ms")).doubleValue());
            largestRss = Math.max(largestRss, ((Number) service.get("rss_mb_after_start")).doubleValue());
        }
        atMost(out, "slowest service ready ms (started while the stack runs)", slowestReady, 3000);
        atMost(out, "largest service RSS MB after start", largestRss, 200);
        return out;
    }

    private static void atLeast(List<Map<String, Object>> out, String what, double value, double target) {
        out.add(row(what, value, ">= " + target, value >= target));
    }

    private static void atMost(List<Map<String, Object>> out, String what, double value, double target) {
        out.add(row(what, value, "< " + target, value < target));
    }

    private static Map<String, Object> row(String what, double value, String target, boolean met) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("target", what);
        row.put("measured", Stats.round(value));
        row.put("goal", target);
        row.put("met", met);
        return row;
    }

    @SuppressWarnings("unchecked")
    private static double number(Map<String, Object> report, String... path) {
        Object node = report;
        for (String key : path) {
            node = ((Map<String, Object>) node).get(key);
        }
        return ((Number) node).doubleValue();
    }
}
