package io.dealstream.events.proposal;

/** Trust material: third-party endorsement, references, shared risk. */
public enum TrustMaterialKind {
    CERTIFICATION,
    PRESS,
    PARTNER_ENDORSEMENT,
    CASE_STUDY,
    TESTIMONIAL,
    REFERENCE_CALL,
    TRIAL,
    STAGED_ACCEPTANCE,
    SERVICE_COMMITMENT
}
