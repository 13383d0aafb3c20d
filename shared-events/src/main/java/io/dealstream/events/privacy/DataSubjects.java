package io.dealstream.events.privacy;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.delivery.ReferralReceived;
import java.lang.reflect.RecordComponent;
import java.util.UUID;

/**
 * Whose personal data an event carries: the data subject whose key encrypts it. That is the customer
 * account when the event names one, a referred company's future lead for a referral, else the
 * opportunity (the lead) itself. Erasing an account erases the account and all its opportunities.
 */
public final class DataSubjects {

    private DataSubjects() {
    }

    public static UUID of(DomainEvent event, UUID eventId, UUID opportunityId) {
        if (event instanceof ReferralReceived) {
            return referredLeadId(eventId);
        }
        UUID account = accountId(event);
        return account != null ? account : opportunityId;
    }

    /**
     * The id of the lead lead-service captures from a referral event: derived from the event, so a replay
     * makes no second lead, and the referral's personal data is the new lead's from the start.
     */
    public static UUID referredLeadId(UUID referralEventId) {
        return io.dealstream.events.delivery.DerivedLeads.fromReferral(referralEventId);
    }

    private static UUID accountId(DomainEvent event) {
        for (RecordComponent c : event.getClass().getRecordComponents()) {
            if (c.getName().equals("accountId") && c.getType() == UUID.class) {
                try {
                    return (UUID) c.getAccessor().invoke(event);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
