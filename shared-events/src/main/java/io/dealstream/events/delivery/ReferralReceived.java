package io.dealstream.events.delivery;

import java.util.UUID;
import io.dealstream.events.common.Contact;

/** A satisfied customer referred a peer (cross-service: lead-service captures a REFERRAL lead). */
public record ReferralReceived(UUID referrerAccountId, String referredCompany, Contact contact, String incentive)
        implements DeliveryEvent {
}
