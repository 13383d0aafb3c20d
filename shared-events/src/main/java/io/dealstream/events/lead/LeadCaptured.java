package io.dealstream.events.lead;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Scenario;
import java.util.UUID;

/**
 * A lead entered the funnel. Its id is the opportunity id every later stage carries. {@code scenario} follows
 * the customer: a lead for a known account is REPEAT_PURCHASE unless said otherwise. A referral names the
 * referring account when the referrer has one ({@code referredByAccountId}) and, when it came from a
 * delivery, always the referring opportunity ({@code referredByOpportunityId}).
 */
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
        @Nullable String owner,
        @Nullable UUID referredByOpportunityId) implements LeadEvent {

    /** A lead not referred from another opportunity. */
    public LeadCaptured(UUID leadId, UUID accountId, String customerName, Contact contact, Channel channel,
            String sourceTag, String needSummary, Scenario scenario, UUID referredByAccountId, String industry,
            String owner) {
        this(leadId, accountId, customerName, contact, channel, sourceTag, needSummary, scenario, referredByAccountId,
                industry, owner, null);
    }
}
