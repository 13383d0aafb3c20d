package io.dealstream.needs.domain;

/** Where a needs research stands in stage 2. */
public enum NeedsStatus {
    /** Opened by a HIGH lead; the deep conversation is due within 24 h. */
    OPEN,
    /** The research outline covers the four themes. */
    OUTLINED,
    /** The discovery meeting is recorded. */
    DISCOVERED,
    /** The needs analysis report is written. */
    ANALYSED,
    /** Every need is classed MUST, SHOULD or COULD. */
    CLASSIFIED,
    /** The report is with the customer for confirmation. */
    SENT_FOR_CONFIRMATION,
    /** The customer signed the needs confirmation. */
    CONFIRMED,
    /** The customer disputed the report; the analysis is reopened. */
    DISPUTED
}
