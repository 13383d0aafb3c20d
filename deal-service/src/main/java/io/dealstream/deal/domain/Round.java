package io.dealstream.deal.domain;

import io.dealstream.events.common.Terms;
import java.util.List;

/** One negotiation round, its minutes and its bottom-line exception, if any. */
public record Round(int number, Terms terms, List<String> concessionsMade, List<String> breaches,
        ExceptionState exception, String exceptionReason, String approver, Minutes minutes) {

    public enum ExceptionState {
        NONE,
        REQUESTED,
        APPROVED,
        REJECTED
    }

    /** Minutes confirmed by both sides. */
    public record Minutes(String summary, String signedByCustomer, String signedByUs) {
    }

    /** The round's terms stand: no exception needed, or one granted. */
    public boolean termsStand() {
        return exception == ExceptionState.NONE || exception == ExceptionState.APPROVED;
    }

    Round withException(ExceptionState state, String reason, String by) {
        return new Round(number, terms, concessionsMade, breaches, state, reason, by, minutes);
    }

    Round withMinutes(Minutes m) {
        return new Round(number, terms, concessionsMade, breaches, exception, exceptionReason, approver, m);
    }
}
