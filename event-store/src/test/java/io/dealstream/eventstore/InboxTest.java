package io.dealstream.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InboxTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final EventStore store = TestDatabase.get().store(Clock.systemUTC());

    @Test
    void aDuplicateIncomingEventIsSkipped() {
        UUID eventId = UUID.randomUUID();

        boolean first = store.inTransaction(tx -> tx.markProcessed(eventId, "LeadQualified", "dealstream.lead.events"))
                .await().atMost(WAIT);
        boolean second = store.inTransaction(tx -> tx.markProcessed(eventId, "LeadQualified", "dealstream.lead.events"))
                .await().atMost(WAIT);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
    }

    @Test
    void aMarkInARolledBackTransactionDoesNotCount() {
        UUID eventId = UUID.randomUUID();
        // the effect fails, so the event must be processed again on redelivery
        assertThatThrownBy(() -> store.inTransaction(tx -> tx.markProcessed(eventId, "LeadQualified", "t")
                .invoke(() -> {
                    throw new IllegalStateException("effect failed");
                })).await().atMost(WAIT)).isInstanceOf(IllegalStateException.class).hasMessage("effect failed");

        assertThat(store.inTransaction(tx -> tx.markProcessed(eventId, "LeadQualified", "t")).await().atMost(WAIT))
                .isTrue();
    }
}
