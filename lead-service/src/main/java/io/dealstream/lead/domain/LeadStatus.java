package io.dealstream.lead.domain;

/** Where a lead stands in stage 1. */
public enum LeadStatus {
    /** Captured, not contacted yet. */
    NEW,
    /** Contacted (or reactivated), awaiting its grade. */
    CONTACTED,
    /** HIGH: a deep conversation is due within 24 h; needs research opens. */
    QUALIFIED,
    /** MEDIUM: in the nurture pool, follow-up due 7 days later. */
    NURTURING,
    /** LOW: deferred, reactivated once per quarter. */
    DEFERRED,
    DISQUALIFIED,
    /** Merged into another lead (the survivor). */
    MERGED
}
