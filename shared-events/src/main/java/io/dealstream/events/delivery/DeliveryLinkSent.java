package io.dealstream.events.delivery;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.common.CustomerLinkEvent;
import io.dealstream.events.common.Signature;
import io.dealstream.events.privacy.PersonalData;
import java.time.Instant;
import java.util.UUID;

/**
 * A link went to the customer for one act on this exact version of the document (the evidence of the act names
 * the SHA-256 of what the customer was shown): the acceptance report or the survey. {@code ours}: our
 * signatory for the acceptance report, who signs as the link is sent, so that the customer's signature completes
 * "signed by both sides" (absent for the survey);
 * {@code sentTo}: the address it was mailed to (absent: only copied from the console).
 */
public record DeliveryLinkSent(
        UUID linkId,
        CustomerAct act,
        String documentVersion,
        Instant sentAt,
        Instant expiresAt,
        String sentBy,
        @Nullable @PersonalData String sentTo,
        @Nullable Signature ours) implements DeliveryEvent, CustomerLinkEvent.Sent {
}
