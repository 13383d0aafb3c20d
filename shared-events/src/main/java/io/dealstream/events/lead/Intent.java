package io.dealstream.events.lead;

/** Intent grade: HIGH = need and budget, MEDIUM = need without confirmed budget, LOW = no clear need. */
public enum Intent {
    HIGH,
    MEDIUM,
    LOW
}
