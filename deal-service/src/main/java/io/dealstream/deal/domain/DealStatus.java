package io.dealstream.deal.domain;

/** Where a deal stands in stage 5. */
public enum DealStatus {
    NEGOTIATING,
    CONTRACT_DRAFTED,
    CONTRACT_APPROVED,
    SENT_FOR_CONFIRMATION,
    SIGNED,
    LOST
}
