package io.dealstream.events.deal;

import io.dealstream.events.Nullable;
import io.dealstream.events.common.Signature;
import io.dealstream.events.privacy.PersonalData;
import java.util.List;

/**
 * The round's minutes, signed by both sides: {@code signatures} each side's signatory with role, time and
 * method; {@code signedByCustomer} and {@code signedByUs} name the first of each (absent signatures: stored
 * before they were recorded).
 */
public record MeetingMinutesSigned(int round, String summary, @PersonalData String signedByCustomer,
        @PersonalData String signedByUs, @Nullable List<Signature> signatures) implements DealEvent {

    public MeetingMinutesSigned(int round, String summary, String signedByCustomer, String signedByUs) {
        this(round, summary, signedByCustomer, signedByUs, null);
    }
}
