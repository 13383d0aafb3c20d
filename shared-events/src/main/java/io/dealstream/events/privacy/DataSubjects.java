package io.dealstream.events.privacy;

import io.dealstream.events.DomainEvent;
import io.dealstream.events.delivery.DerivedLeads;
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
            return DerivedLeads.fromReferral(eventId); // the new lead's data is its own from the start
        }
        UUID account = accountId(event);
        return account != null ? account : opportunityId;
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
