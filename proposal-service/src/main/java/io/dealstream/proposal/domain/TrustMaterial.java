package io.dealstream.proposal.domain;

import io.dealstream.events.proposal.TrustMaterialKind;
import java.util.UUID;

/** Trust material shared with the customer. */
public record TrustMaterial(UUID materialId, TrustMaterialKind kind, String description) {
}
