package io.dealstream.events;

/** Topic names as constants, for annotations that need compile-time values. */
public final class Topics {
    public static final String LEAD = "dealstream.lead.events";
    public static final String NEEDS = "dealstream.needs.events";
    public static final String PROPOSAL = "dealstream.proposal.events";
    public static final String DEAL = "dealstream.deal.events";
    public static final String DELIVERY = "dealstream.delivery.events";
    /** The services whose consumers have a dead-letter topic. */
    public static final java.util.List<String> DEAD_LETTER_SERVICES = java.util.List.of("lead", "needs", "proposal",
            "deal", "delivery", "pipeline");

    /** Records a service's consumers could not process, with the reason in headers: {@code dealstream.<service>.dlq}. */
    public static String deadLetter(String service) {
        return "dealstream." + service + ".dlq";
    }

    private Topics() {
    }
}
