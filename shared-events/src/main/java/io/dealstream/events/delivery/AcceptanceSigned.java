package io.dealstream.events.delivery;

import io.dealstream.events.privacy.PersonalData;
import io.dealstream.events.Nullable;
import java.time.Instant;

/** The customer signed the acceptance report (starts the after-sales clocks). */
public record AcceptanceSigned(String reportRef, @PersonalData String signedBy, Instant signedAt, @Nullable String overrideReason)
        implements DeliveryEvent {
}
