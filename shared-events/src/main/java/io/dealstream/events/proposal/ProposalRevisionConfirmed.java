package io.dealstream.events.proposal;

import java.time.Instant;

/** The customer confirmed a revision. */
public record ProposalRevisionConfirmed(int revision, String confirmedBy, Instant confirmedAt)
        implements ProposalEvent {
}
