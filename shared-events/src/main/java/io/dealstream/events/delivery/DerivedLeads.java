package io.dealstream.events.delivery;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids of the leads lead-service captures from delivery's events: derived from the event's id, so a replay
 * captures no second lead, and delivery-service can tell its caller the new lead's id at once.
 */
public final class DerivedLeads {

    private DerivedLeads() {
    }

    /** The lead captured from a {@link ReferralReceived}. */
    public static UUID fromReferral(UUID referralEventId) {
        return UUID.nameUUIDFromBytes(("referral/" + referralEventId).getBytes(StandardCharsets.UTF_8));
    }

    /** The REPEAT_PURCHASE lead captured from an {@link UpsellIdentified}. */
    public static UUID fromUpsell(UUID upsellEventId) {
        return UUID.nameUUIDFromBytes(("upsell/" + upsellEventId).getBytes(StandardCharsets.UTF_8));
    }
}
