package io.dealstream.events.common;

/** The scenario an opportunity carries through all six stages. */
public enum Scenario {
    NEW_CUSTOMER,
    REPEAT_PURCHASE,
    KEY_ACCOUNT
}
