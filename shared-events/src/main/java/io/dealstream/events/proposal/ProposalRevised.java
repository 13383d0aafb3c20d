package io.dealstream.events.proposal;

import jakarta.validation.constraints.Min;
import java.util.List;

/** A revised proposal with its changes marked per section. */
public record ProposalRevised(@Min(2) int revision, List<SectionChange> changes, String reason)
        implements ProposalEvent {
}
