package io.dealstream.proposal.domain;

/** Where a proposal stands in stages 3 and 4. */
public enum ProposalStatus {
    /** Being written: the five parts, rehearsals. */
    DRAFT,
    /** Presented to the customer; objections and revisions follow. */
    PRESENTED,
    ACCEPTED,
    REJECTED
}
