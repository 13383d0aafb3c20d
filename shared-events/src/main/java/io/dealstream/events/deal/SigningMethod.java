package io.dealstream.events.deal;

/** How the contract was signed. */
public enum SigningMethod {
    ELECTRONIC,
    PAPER
}
