package io.dealstream.events.common;

/** MoSCoW class of a requirement: MUST solves a pain, SHOULD improves the experience, COULD adds value. */
public enum Priority {
    MUST,
    SHOULD,
    COULD
}
