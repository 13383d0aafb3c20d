package io.dealstream.events;

/** Topic names as constants, for annotations that need compile-time values. */
public final class Topics {
    public static final String LEAD = "dealstream.lead.events";
    public static final String NEEDS = "dealstream.needs.events";
    public static final String PROPOSAL = "dealstream.proposal.events";
    public static final String DEAL = "dealstream.deal.events";
    public static final String DELIVERY = "dealstream.delivery.events";
    /** Records a consumer could not process, with the reason in headers. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }
}
