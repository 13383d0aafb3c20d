package io.dealstream.events.deal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.common.CustomerLinkEvent;
import io.dealstream.events.common.MaintenanceCommitment;
import io.dealstream.events.common.Signature;
import io.dealstream.events.privacy.PersonalData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A link went to the customer for one act on this exact version of the document (the evidence of the act names the
 * SHA-256 of what the customer was shown): a round's minutes (SIGN_MINUTES: {@code round} and the minutes'
 * {@code minutesSummary}) or the contract at its last confirmation (SIGN_CONTRACT: the {@code maintenance} it
 * commits to). {@code ours}: our signatory, who signs as the link is sent, so that the customer's signature completes
 * "signed by both sides"; {@code sentTo}: the address it was mailed to (absent: only copied from the console).
 */
public record DealLinkSent(
        UUID linkId,
        CustomerAct act,
        String documentVersion,
        Instant sentAt,
        Instant expiresAt,
        String sentBy,
        @Nullable @PersonalData String sentTo,
        @Nullable Signature ours,
        @Nullable Integer round,
        @Nullable String minutesSummary,
        @Nullable List<MaintenanceCommitment> maintenance) implements DealEvent, CustomerLinkEvent.Sent {
}
