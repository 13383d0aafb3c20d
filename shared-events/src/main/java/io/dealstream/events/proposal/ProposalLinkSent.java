package io.dealstream.events.proposal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.CustomerAct;
import io.dealstream.events.common.CustomerLinkEvent;
import io.dealstream.events.common.Signature;
import io.dealstream.events.privacy.PersonalData;
import java.time.Instant;
import java.util.UUID;

/**
 * A link went to the customer for one act on this exact revision of the proposal (the evidence of the act names the
 * SHA-256 of what the customer was shown): to confirm the revision, or to ask questions and raise objections on it
 * (each answered in writing within 24 h by {@code sentBy}). Nobody signs for us here, so there is no signatory of
 * ours; {@code sentTo}: the address it was mailed to (absent: only copied from the console).
 */
public record ProposalLinkSent(
        UUID linkId,
        CustomerAct act,
        String documentVersion,
        Instant sentAt,
        Instant expiresAt,
        String sentBy,
        @Nullable @PersonalData String sentTo) implements ProposalEvent, CustomerLinkEvent.Sent {

    /** A revision's confirmation or a question is the customer's alone: no signature of ours. */
    @Override
    public Signature ours() {
        return null;
    }
}
