package io.dealstream.events.proposal;

import io.dealstream.events.privacy.PersonalData;
import java.time.Instant;

/** The customer confirmed a revision. */
public record ProposalRevisionConfirmed(int revision, @PersonalData String confirmedBy, Instant confirmedAt)
        implements ProposalEvent {
}
