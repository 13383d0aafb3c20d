package io.dealstream.events.lead;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import java.util.UUID;

/** A lead entered the funnel. Its id is the opportunity id every later stage carries. */
public record LeadCaptured(
        UUID leadId,
        @Nullable UUID accountId,
        String customerName,
        Contact contact,
        Channel channel,
        @Nullable String sourceTag,
        @Nullable String needSummary,
        Scenario scenario,
        @Nullable UUID referredByAccountId,
        @Nullable String industry,
        @Nullable String owner) implements LeadEvent {
}
