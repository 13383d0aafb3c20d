package io.dealstream.events.delivery;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.Contact;
import java.util.UUID;

/** An upgrade or related product to recommend (cross-service: lead-service captures a REPEAT_PURCHASE lead). */
public record UpsellIdentified(UUID accountId, String product, String rationale, @Nullable String customerName,
        @Nullable Contact contact) implements DeliveryEvent {
}
