package io.dealstream.eventstore.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which consumers are holding their partition because something they need is down (database, vault): they
 * retry the same record until it goes through. Readiness reports them; an empty map means all flow.
 */
public final class ConsumerHealth {

    /** A consumer retrying one record since {@code since}. */
    public record Stalled(Instant since, long offset, int attempts, String lastError) {
    }

    private final Map<String, Stalled> stalled = new ConcurrentHashMap<>();

    void retrying(String topic, long offset, Throwable error) {
        String reason = error.getClass().getSimpleName() + ": " + error.getMessage();
        stalled.merge(topic, new Stalled(Instant.now(), offset, 1, reason),
                (was, now) -> new Stalled(was.since(), offset, was.attempts() + 1, reason));
    }

    void recovered(String topic) {
        stalled.remove(topic);
    }

    /** The stalled consumers by topic, sorted. */
    public Map<String, Stalled> stalled() {
        return new TreeMap<>(stalled);
    }
}
