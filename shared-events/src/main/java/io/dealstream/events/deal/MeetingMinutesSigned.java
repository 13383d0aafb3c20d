package io.dealstream.events.deal;

/** The round's minutes, confirmed by both sides. */
public record MeetingMinutesSigned(int round, String summary, String signedByCustomer, String signedByUs)
        implements DealEvent {
}
