package io.dealstream.delivery.api;

import io.dealstream.events.delivery.DerivedLeads;
import io.dealstream.events.delivery.ReferralReceived;
import io.dealstream.events.delivery.UpsellIdentified;
import io.dealstream.eventstore.StoredEvent;
import io.dealstream.eventstore.http.Created;
import java.util.List;
import java.util.UUID;

/** The leads an upsell or a referral starts: lead-service captures them under these ids from the events. */
final class DeliveryCreations {

    private DeliveryCreations() {
    }

    static List<Created> of(StoredEvent e) {
        UUID eventId = e.envelope().eventId();
        if (e.event() instanceof UpsellIdentified) {
            return List.of(lead(DerivedLeads.fromUpsell(eventId)));
        }
        if (e.event() instanceof ReferralReceived) {
            return List.of(lead(DerivedLeads.fromReferral(eventId)));
        }
        return List.of();
    }

    private static Created lead(UUID id) {
        return new Created("lead", id, "/leads/" + id);
    }
}
