package io.dealstream.events.proposal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.LinkEvidence;
import io.dealstream.events.privacy.PersonalData;
import java.time.Instant;

/**
 * The customer confirmed a revision. {@code role} and {@code evidence}: the customer confirmed it themselves, through
 * the link sent for this revision (absent: staff recorded the customer's confirmation, {@code reference} naming
 * where it was given, e.g. the customer's mail; absent on events stored before either was recorded).
 */
public record ProposalRevisionConfirmed(
        int revision,
        @PersonalData String confirmedBy,
        Instant confirmedAt,
        @Nullable @PersonalData String role,
        @Nullable LinkEvidence evidence,
        @Nullable String reference) implements ProposalEvent {

    public ProposalRevisionConfirmed(int revision, String confirmedBy, Instant confirmedAt) {
        this(revision, confirmedBy, confirmedAt, null, null, null);
    }

    /** Whether the customer confirmed through a link (with its evidence), rather than staff recording it. */
    public boolean throughLink() {
        return evidence != null;
    }
}
