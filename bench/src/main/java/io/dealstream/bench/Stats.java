package io.dealstream.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percentiles of latencies in nanoseconds, reported in milliseconds. */
final class Stats {

    private Stats() {
    }

    static Map<String, Object> latency(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("n", sorted.length);
        out.put("p50_ms", ms(sorted, 0.50));
        out.put("p95_ms", ms(sorted, 0.95));
        out.put("p99_ms", ms(sorted, 0.99));
        out.put("max_ms", ms(sorted, 1.0));
        return out;
    }

    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
        return Math.round(sorted[i] / 10_000.0) / 100.0;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static long[] copy(long[] a) {
        return Arrays.copyOf(a, a.length);
    }
}
