package io.dealstream.events.proposal;

/** Objection classes of stage 4. */
public enum ObjectionType {
    PRICE,
    FUNCTION,
    TRUST,
    DECISION
}
