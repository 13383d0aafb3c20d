package io.dealstream.localstack.demo;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the last months of a sales team's life in simulated time: the services' clocks (dev profile) step through
 * the working days' office hours; at each step the team does what is due, each opportunity in its own order, and the
 * deadlines fire as the clocks pass them, so every overdue mark is a real one. At the end the clocks stand at the
 * real present and the platform carries on in real time.
 */
final class Simulation {

    /** When the team works: two sittings a working day, UTC (shifted daily, see {@link #slots}). */
    private static final List<LocalTime> SITTINGS = List.of(LocalTime.of(9, 0), LocalTime.of(14, 0));

    private final DemoApi api;
    private final int threads;
    private final PriorityQueue<Step> queue = new PriorityQueue<>(
            Comparator.comparing(Step::at).thenComparing(s -> s.journey().number));
    private final AtomicInteger failures = new AtomicInteger();
    private int deadlinesFired;

    Simulation(DemoApi api, int threads) {
        this.api = api;
        this.threads = threads;
    }

    /** Runs {@code count} journeys arriving over {@code months} up to {@code end}; returns the journeys. */
    List<Journey> run(int count, long seed, int months, Instant end) throws IOException, InterruptedException {
        List<Instant> slots = slots(end.atOffset(ZoneOffset.UTC).toLocalDate().minusMonths(months), end);
        List<Journey> journeys = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Journey journey = new Journey(n, seed, api);
            journeys.add(journey);
            // arrivals spread over the period, a little denser in recent months (the team grew)
            int slot = (int) (Math.sqrt(journey.random.nextDouble()) * (slots.size() - 1));
            queue.add(journey.arrival(slots.get(slot)));
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < slots.size(); i++) {
                Instant now = slots.get(i);
                deadlinesFired += api.setClocks(now);
                List<Step> handOvers = sitting(pool, now);
                awaitHandOvers(pool, handOvers);
                if (i % 10 == 0 || i == slots.size() - 1) {
                    System.out.printf("\r  simulated %s  (%d%%, %d requests, %d deadlines fired, %d s)   ",
                            now.atOffset(ZoneOffset.UTC).toLocalDate(), 100 * (i + 1) / slots.size(), api.requests(),
                            deadlinesFired, Duration.ofNanos(System.nanoTime() - started).toSeconds());
                }
            }
            deadlinesFired += api.setClocks(null);
            System.out.println();
        } finally {
            pool.shutdownNow();
        }
        return journeys;
    }

    int failures() {
        return failures.get();
    }

    int deadlinesFired() {
        return deadlinesFired;
    }

    /** Runs every step due by {@code now}, one task per opportunity; returns the next steps that await a hand-over. */
    private List<Step> sitting(ExecutorService pool, Instant now) throws InterruptedException {
        Map<Journey, List<Step>> due = new LinkedHashMap<>();
        while (!queue.isEmpty() && !queue.peek().at().isAfter(now)) {
            Step step = queue.poll();
            due.computeIfAbsent(step.journey(), j -> new ArrayList<>()).add(step);
        }
        List<Future<List<Step>>> results = new ArrayList<>();
        for (List<Step> steps : due.values()) {
            results.add(pool.submit(() -> runInOrder(steps, now)));
        }
        List<Step> handOvers = new ArrayList<>();
        for (Future<List<Step>> result : results) {
            for (Step next : get(result)) {
                queue.add(next);
                if (next.awaitPath() != null) {
                    handOvers.add(next);
                }
            }
        }
        return handOvers;
    }

    private List<Step> runInOrder(List<Step> steps, Instant now) {
        List<Step> next = new ArrayList<>();
        for (Step step : steps) {
            try {
                next.addAll(step.act().run(now));
            } catch (IOException | RuntimeException e) {
                if (failures.incrementAndGet() <= 5) {
                    System.err.println("\n  demo opportunity " + step.journey().number + " stopped: " + e.getMessage());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return next;
            }
        }
        return next;
    }

    /** The next service has the hand-overs before the clock moves on: it receives them when they happened. */
    private void awaitHandOvers(ExecutorService pool, List<Step> handOvers) throws InterruptedException {
        List<Future<?>> waits = new ArrayList<>();
        for (Step step : handOvers) {
            waits.add(pool.submit(() -> {
                api.await(step.awaitStage(), step.awaitPath());
                return null;
            }));
        }
        for (Future<?> wait : waits) {
            try {
                wait.get();
            } catch (ExecutionException e) {
                failures.incrementAndGet();
                System.err.println("\n  hand-over missing: " + e.getCause().getMessage());
            }
        }
    }

    private static List<Step> get(Future<List<Step>> result) throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The sittings of every working day from {@code from} up to {@code end}. */
    static List<Instant> slots(LocalDate from, Instant end) {
        List<Instant> slots = new ArrayList<>();
        for (LocalDate day = from; !day.atStartOfDay().toInstant(ZoneOffset.UTC).isAfter(end); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            // sittings start a few minutes later each day (a 60-day cycle), so no act ever falls on the very instant
            // a whole-day deadline (24 h, 3 days, a week, a month, a quarter) set at an earlier sitting comes due:
            // on time or late is then decided by the journey, never by which request wins a race with the scheduler
            long minutes = Math.floorMod(day.toEpochDay() * 13, 60);
            for (LocalTime sitting : SITTINGS) {
                Instant slot = day.atTime(sitting.plusMinutes(minutes)).toInstant(ZoneOffset.UTC);
                if (slot.isBefore(end)) {
                    slots.add(slot);
                }
            }
        }
        return slots;
    }
}
