package io.dealstream.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealstream.eventstore.domain.ClientTimes;
import io.dealstream.eventstore.domain.DomainRuleViolation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientTimesTest {

    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    static final Instant RAISED = Instant.parse("2026-04-30T09:00:00Z");
    final ClientTimes window = new ClientTimes(Duration.ofDays(7), Duration.ofMinutes(5));

    @Test
    void withoutAStatedTimeTheServersTimeIsTaken() {
        assertThat(window.accept("answeredAt", null, NOW, RAISED, "objection")).isEqualTo(NOW);
    }

    @Test
    void aStatedTimeInsideTheWindowIsKept() {
        Instant stated = NOW.minus(Duration.ofDays(6));
        assertThat(window.accept("contactedAt", stated, NOW)).isEqualTo(stated);
        assertThat(window.accept("answeredAt", NOW.plusSeconds(60), NOW, RAISED, "objection"))
                .isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void theFutureTheThingAnsweredAndTheBackDatingLimitBoundIt() {
        assertThatThrownBy(() -> window.accept("raisedAt", NOW.plus(Duration.ofHours(1)), NOW))
                .isInstanceOf(DomainRuleViolation.class).hasFieldOrPropertyWithValue("rule", "raisedAt-in-future");
        assertThatThrownBy(() -> window.accept("answeredAt", RAISED.minusSeconds(1), NOW, RAISED, "objection"))
                .hasFieldOrPropertyWithValue("rule", "answeredAt-before-objection");
        assertThatThrownBy(() -> window.accept("contactedAt", NOW.minus(Duration.ofDays(8)), NOW))
                .hasFieldOrPropertyWithValue("rule", "contactedAt-backdated");
    }
}
