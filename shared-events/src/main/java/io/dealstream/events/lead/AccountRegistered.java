package io.dealstream.events.lead;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.Money;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;

/** A customer registered with the customer-registration template. Stream: the account. */
public record AccountRegistered(
        UUID accountId,
        String name,
        String industry,
        @Nullable @Min(0) Integer employees,
        @Nullable Money annualRevenue,
        List<Contact> contacts) implements LeadEvent {
}
