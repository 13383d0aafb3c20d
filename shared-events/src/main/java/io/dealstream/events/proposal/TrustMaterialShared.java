package io.dealstream.events.proposal;

import java.util.UUID;

/** Trust material shared with the customer. */
public record TrustMaterialShared(UUID materialId, TrustMaterialKind kind, String description)
        implements ProposalEvent {
}
