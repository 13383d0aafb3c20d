package io.dealstream.events.lead;

/**
 * Screening tier: HIGH gets a deep conversation within 24 h, MEDIUM goes to the nurture pool with a
 * follow-up 7 days later, LOW is deferred and reactivated once per quarter.
 */
public enum Tier {
    HIGH,
    MEDIUM,
    LOW
}
