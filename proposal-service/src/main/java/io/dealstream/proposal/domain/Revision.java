package io.dealstream.proposal.domain;

import io.dealstream.events.proposal.ProposalSections;
import io.dealstream.events.proposal.RequirementCoverage;
import io.dealstream.events.proposal.SectionChange;
import java.time.Instant;
import java.util.List;

/**
 * One revision of the proposal: its content, its marked changes, and the customer's confirmation: through a link
 * ({@code evidence}, with the confirming person's {@code confirmedRole}) or recorded by staff ({@code reference}
 * naming where the customer gave it).
 */
public record Revision(int number, ProposalSections sections, List<RequirementCoverage> coverage,
        List<SectionChange> changes, String reason, String confirmedBy, Instant confirmedAt, String confirmedRole,
        io.dealstream.events.common.LinkEvidence evidence, String reference) {

    /** A revision not confirmed yet. */
    public Revision(int number, ProposalSections sections, List<RequirementCoverage> coverage,
            List<SectionChange> changes, String reason) {
        this(number, sections, coverage, changes, reason, null, null, null, null, null);
    }

    /** Whether the customer confirmed it themselves, through a link. */
    public boolean confirmedThroughLink() {
        return evidence != null;
    }

    public boolean confirmed() {
        return confirmedBy != null;
    }
}
