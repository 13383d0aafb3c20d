package io.dealstream.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealstream.events.lead.LeadDisqualified;
import io.dealstream.events.lead.LeadReactivated;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.needs.DeepTalkOverdue;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The event store against a real PostgreSQL. */
class EventStoreTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final TestDatabase db = TestDatabase.get();
    private final EventStore store = db.store(Clock.fixed(Instant.parse("2026-05-04T10:15:30.123456789Z"), ZoneOffset.UTC));

    private static EventMetadata meta(UUID opportunity) {
        return new EventMetadata(opportunity, UUID.randomUUID(), null, "alice");
    }

    @Test
    void appendedEventsLoadBackInOrderWithTheirEnvelope() {
        UUID stream = UUID.randomUUID();
        AppendResult result = store.append(stream, 0, meta(stream), List.of(
                new LeadReactivated(Intent.LOW, "budget released"), new LeadDisqualified("duplicate"))).await().atMost(WAIT);

        List<StoredEvent> loaded = store.load(stream).await().atMost(WAIT);

        assertThat(result.streamVersion()).isEqualTo(2);
        assertThat(loaded).extracting(StoredEvent::event)
                .containsExactly(new LeadReactivated(Intent.LOW, "budget released"), new LeadDisqualified("duplicate"));
        assertThat(loaded).extracting(StoredEvent::envelope).containsExactlyElementsOf(
                result.events().stream().map(StoredEvent::envelope).toList());
        assertThat(loaded.get(1).envelope().streamVersion()).isEqualTo(2);
        assertThat(loaded.get(0).envelope().occurredAt()).isEqualTo(Instant.parse("2026-05-04T10:15:30.123456Z"));
        assertThat(loaded.get(0).envelope().actor()).isEqualTo("alice");
        assertThat(loaded.get(1).globalPosition()).isGreaterThan(loaded.get(0).globalPosition());
    }

    @Test
    void twoConcurrentAppendsAtTheSameExpectedVersionExactlyOneWins() {
        UUID stream = UUID.randomUUID();
        store.append(stream, 0, meta(stream), List.of(new LeadDisqualified("first"))).await().atMost(WAIT);

        int contenders = 12;
        AtomicInteger conflicts = new AtomicInteger();
        List<Uni<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            attempts.add(store.append(stream, 1, meta(stream), List.of(new LeadDisqualified("attempt " + i)))
                    .map(r -> true)
                    .onFailure(ConcurrencyConflict.class).recoverWithItem(e -> {
                        conflicts.incrementAndGet();
                        return false;
                    }));
        }
        List<Boolean> outcomes = Uni.join().all(attempts).andFailFast().await().atMost(WAIT);

        assertThat(outcomes.stream().filter(won -> won).count()).isEqualTo(1);
        assertThat(conflicts.get()).isEqualTo(contenders - 1);
        assertThat(store.load(stream).await().atMost(WAIT)).extracting(e -> e.envelope().streamVersion())
                .containsExactly(1L, 2L);
    }

    @Test
    void staleOrFutureExpectedVersionIsAConflictNamingTheCurrentVersion() {
        UUID stream = UUID.randomUUID();
        store.append(stream, 0, meta(stream), List.of(new LeadDisqualified("x"))).await().atMost(WAIT);

        assertThatThrownBy(() -> store.append(stream, 0, meta(stream), List.of(new LeadDisqualified("y")))
                .await().atMost(WAIT))
                .isInstanceOf(ConcurrencyConflict.class)
                .satisfies(e -> assertThat(((ConcurrencyConflict) e).actualVersion()).isEqualTo(1));
        assertThatThrownBy(() -> store.append(stream, 5, meta(stream), List.of(new LeadDisqualified("y")))
                .await().atMost(WAIT))
                .isInstanceOf(ConcurrencyConflict.class);
        assertThat(store.currentVersion(stream).await().atMost(WAIT)).isEqualTo(1);
    }

    @Test
    void eventOfAnotherServiceIsRefused() {
        UUID stream = UUID.randomUUID();
        assertThatThrownBy(() -> store.append(stream, 0, meta(stream), List.of(new DeepTalkOverdue(Instant.now())))
                .await().atMost(WAIT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.currentVersion(stream).await().atMost(WAIT)).isZero();
    }

    @Test
    void anEventItsSchemaRefusesIsNeverStored() {
        UUID stream = UUID.randomUUID();
        assertThatThrownBy(() -> store.append(stream, 0, meta(stream), List.of(new LeadDisqualified("")))
                .await().atMost(WAIT))
                .isInstanceOf(io.dealstream.events.InvalidEventPayload.class)
                .hasMessageContaining("reason");
        assertThat(store.currentVersion(stream).await().atMost(WAIT)).isZero();
    }

    @Test
    void eventsAreAppendOnly() {
        UUID stream = UUID.randomUUID();
        store.append(stream, 0, meta(stream), List.of(new LeadDisqualified("x"))).await().atMost(WAIT);

        assertThatThrownBy(() -> db.pool.preparedQuery("UPDATE eventstore.events SET actor = 'mallory' WHERE stream_id = $1")
                .execute(Tuple.of(stream)).await().atMost(WAIT))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.pool.preparedQuery("DELETE FROM eventstore.events WHERE stream_id = $1")
                .execute(Tuple.of(stream)).await().atMost(WAIT))
                .hasMessageContaining("append-only");
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        UUID stream = UUID.randomUUID();
        assertThatThrownBy(() -> store.inTransaction(tx -> tx.append(stream, 0, meta(stream),
                        List.of(new LeadDisqualified("x")))
                .chain(() -> tx.scheduleDeadline(Deadline.of(stream, stream, "K", Instant.now())))
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("projection failed"))))
                .await().atMost(WAIT))
                .hasMessageContaining("projection failed");

        assertThat(store.currentVersion(stream).await().atMost(WAIT)).isZero();
    }
}
