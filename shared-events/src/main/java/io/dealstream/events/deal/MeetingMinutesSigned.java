package io.dealstream.events.deal;

import io.dealstream.events.privacy.PersonalData;

/** The round's minutes, confirmed by both sides. */
public record MeetingMinutesSigned(int round, String summary, @PersonalData String signedByCustomer,
        @PersonalData String signedByUs)
        implements DealEvent {
}
