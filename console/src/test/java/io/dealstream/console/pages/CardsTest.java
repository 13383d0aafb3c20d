package io.dealstream.console.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.console.services.PipelineApi.Opportunity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CardsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final UUID ID = UUID.fromString("12345678-aaaa-bbbb-cccc-1234567890ab");

    private static Opportunity opportunity(String customer, Instant deadline) {
        return new Opportunity(ID, customer, "NEW_CUSTOMER", "alice", "NEEDS", null, new BigDecimal("48000"), "EUR",
                deadline, "DEEP_TALK_24H", false, NOW, NOW, 1);
    }

    @Test
    void aCardAlwaysHasANameToLinkWith() {
        assertThat(Cards.of(opportunity("Acme", null), NOW).name()).isEqualTo("Acme");
        assertThat(Cards.of(opportunity(null, null), NOW).name()).isEqualTo("Opportunity 12345678");
        assertThat(Cards.of(opportunity(" ", null), NOW).name()).isEqualTo("Opportunity 12345678");
    }

    @Test
    void aPassedDeadlineIsOverdueEvenBeforeThePipelineSaysSo() {
        Cards late = Cards.of(opportunity("Acme", NOW.minusSeconds(7200)), NOW);
        assertThat(late.overdue()).isTrue();
        assertThat(late.due()).endsWith("(2 h overdue)");
        assertThat(late.deadline()).isEqualTo("deep talk 24h");
        assertThat(late.value()).isEqualTo("48,000.00 EUR");
    }
}
