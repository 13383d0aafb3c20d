package io.dealstream.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final TestDatabase db = TestDatabase.get();
    private final EventStore store = db.store(Clock.systemUTC());
    // each test works in its own far-away time window so that tests do not claim each other's rows
    private final Instant base = Instant.parse("2000-01-01T00:00:00Z").plus(Duration.ofDays(new java.util.Random().nextInt(3_000_000)));

    private List<Deadline> claim(Instant asOf) {
        return store.inTransaction(tx -> tx.claimDueDeadlines(asOf, 100)).await().atMost(WAIT).stream()
                .filter(d -> !d.dueAt().isBefore(base.minusSeconds(86_400))).toList();
    }

    @Test
    void aDueDeadlineIsClaimedOnceEvenByTwoConcurrentClaimers() {
        UUID stream = UUID.randomUUID();
        Instant due = base.plusSeconds(60);
        store.inTransaction(tx -> tx.scheduleDeadline(Deadline.of(stream, stream, "DEEP_TALK_24H", due)))
                .await().atMost(WAIT);

        // claimer 1 holds its claim uncommitted while claimer 2 runs on another connection
        List<List<Deadline>> both = db.pool.withTransaction(c1 -> new EventStoreTx(c1, null, Clock.systemUTC(), null, null)
                        .claimDueDeadlines(due, 100)
                        .chain(first -> store.inTransaction(tx2 -> tx2.claimDueDeadlines(due, 100))
                                .map(second -> List.of(first, second))))
                .await().atMost(WAIT);

        assertThat(both.get(0)).extracting(Deadline::streamId).containsExactly(stream);
        assertThat(both.get(1)).extracting(Deadline::streamId).doesNotContain(stream);
        assertThat(claim(due.plusSeconds(3600))).extracting(Deadline::streamId).doesNotContain(stream);
    }

    @Test
    void manyConcurrentClaimersClaimEveryDeadlineExactlyOnce() {
        List<UUID> streams = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            UUID stream = UUID.randomUUID();
            streams.add(stream);
            Instant due = base.plusSeconds(i);
            store.inTransaction(tx -> tx.scheduleDeadline(Deadline.of(stream, stream, "K", due))).await().atMost(WAIT);
        }
        Instant asOf = base.plusSeconds(600);

        List<Uni<List<Deadline>>> claimers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            claimers.add(store.inTransaction(tx -> tx.claimDueDeadlines(asOf, 7))
                    .repeat().until(List::isEmpty).collect().asList()
                    .map(batches -> batches.stream().flatMap(List::stream).toList()));
        }
        List<UUID> claimed = Uni.join().all(claimers).andFailFast().await().atMost(WAIT).stream()
                .flatMap(List::stream).map(Deadline::streamId).filter(streams::contains).toList();

        assertThat(claimed).hasSize(60).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(streams);
    }

    @Test
    void notYetDueMetAndReplacedDeadlinesAreNotClaimed() {
        UUID notDue = UUID.randomUUID();
        UUID met = UUID.randomUUID();
        UUID replaced = UUID.randomUUID();
        store.inTransaction(tx -> tx.scheduleDeadline(Deadline.of(notDue, notDue, "K", base.plusSeconds(7200)))
                .chain(() -> tx.scheduleDeadline(Deadline.of(met, met, "K", base)))
                .chain(() -> tx.meetDeadline(met, "K", ""))
                .chain(() -> tx.scheduleDeadline(Deadline.of(replaced, replaced, "K", base)))
                .chain(() -> tx.scheduleDeadline(Deadline.of(replaced, replaced, "K", base.plusSeconds(9000)))))
                .await().atMost(WAIT);

        assertThat(claim(base.plusSeconds(3600))).extracting(Deadline::streamId)
                .doesNotContain(notDue, met, replaced);
        assertThat(claim(base.plusSeconds(9000))).extracting(Deadline::streamId)
                .contains(notDue, replaced).doesNotContain(met);
    }
}
