package io.dealstream.proposal.domain;

import io.dealstream.events.proposal.ProposalSections;
import io.dealstream.events.proposal.RequirementCoverage;
import io.dealstream.events.proposal.SectionChange;
import java.time.Instant;
import java.util.List;

/** One revision of the proposal: its content, its marked changes, and the customer's confirmation. */
public record Revision(int number, ProposalSections sections, List<RequirementCoverage> coverage,
        List<SectionChange> changes, String reason, String confirmedBy, Instant confirmedAt) {

    public boolean confirmed() {
        return confirmedBy != null;
    }
}
