package io.dealstream.events.proposal;

/** Outcome of an objection (objection-tracking template). */
public enum ObjectionOutcome {
    RESOLVED,
    PARTLY_RESOLVED,
    UNRESOLVED
}
