package io.dealstream.lead.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account with its contacts and a summary of its leads. */
public record AccountView(UUID id, String name, String industry, Integer employees, BigDecimal annualRevenue,
        String revenueCurrency, List<LeadView.ContactView> contacts, List<LeadSummary> leads, Instant createdAt) {

    public record LeadSummary(UUID id, String status, String tier, String scenario, String channel, Instant createdAt) {
    }
}
