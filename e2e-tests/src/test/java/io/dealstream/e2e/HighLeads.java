package io.dealstream.e2e;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.common.BudgetRange;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.lead.Intent;
import io.dealstream.events.lead.LeadCaptured;
import io.dealstream.events.lead.LeadQualified;
import io.dealstream.events.lead.Tier;
import io.dealstream.localstack.StageEventWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A backlog for the fault tests: HIGH leads appended straight to lead-service's event store (and so published
 * by its outbox connector), each of which needs-service turns into exactly one research.
 */
final class HighLeads {

    private HighLeads() {
    }

    /** Appends a captured and HIGH-graded lead of customer {@code batch}; its opportunity id. */
    static UUID append(StageEventWriter leadStore, String batch, int i) {
        UUID lead = UUID.randomUUID();
        leadStore.append(lead, lead, events(lead, batch, i));
        return lead;
    }

    /** Appends {@code count} such leads in one transaction: needs-service meets them as one backlog. */
    static List<UUID> appendAtOnce(StageEventWriter leadStore, String batch, int count) {
        Map<UUID, List<? extends DomainEvent>> streams = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            UUID lead = UUID.randomUUID();
            streams.put(lead, events(lead, batch, i));
        }
        leadStore.openAll(streams);
        return List.copyOf(streams.keySet());
    }

    private static List<DomainEvent> events(UUID lead, String batch, int i) {
        Contact contact = new Contact("Buyer " + i, "COO", null, "buyer" + i + "@" + lead + ".example");
        return List.of(
                new LeadCaptured(lead, null, batch, contact, Channel.TRADE_SHOW, null, null, Scenario.NEW_CUSTOMER,
                        null, null, "alice"),
                new LeadQualified(Intent.HIGH, "fault test", Tier.HIGH, Instant.now().plusSeconds(86_400), batch, null,
                        contact, "needs", new BudgetRange(new BigDecimal("1000"), null, "EUR"), Scenario.NEW_CUSTOMER,
                        false, "alice"));
    }
}
