package io.dealstream.deal.domain;

import io.dealstream.events.common.Terms;
import java.util.List;

/**
 * One negotiation round, its minutes and its bottom-line exception, if any: who requested it and why,
 * and who decided it and why (both reasons are kept).
 */
public record Round(int number, Terms terms, List<String> concessionsMade, List<String> breaches,
        ExceptionState exception, String requestedBy, String requestReason, String decidedBy, String decisionReason,
        Minutes minutes) {

    public enum ExceptionState {
        NONE,
        REQUESTED,
        APPROVED,
        REJECTED
    }

    /** Minutes signed by both sides (signatures absent on minutes stored before they were recorded). */
    public record Minutes(String summary, String signedByCustomer, String signedByUs,
            List<io.dealstream.events.common.Signature> signatures) {
    }

    static Round held(int number, Terms terms, List<String> concessionsMade, List<String> breaches) {
        return new Round(number, terms, concessionsMade, breaches, ExceptionState.NONE, null, null, null, null, null);
    }

    /** The round's terms stand: no exception needed, or one granted. */
    public boolean termsStand() {
        return exception == ExceptionState.NONE || exception == ExceptionState.APPROVED;
    }

    Round requested(String by, String reason) {
        return new Round(number, terms, concessionsMade, breaches, ExceptionState.REQUESTED, by, reason, null, null,
                minutes);
    }

    Round decided(ExceptionState state, String by, String reason) {
        return new Round(number, terms, concessionsMade, breaches, state, requestedBy, requestReason, by, reason, minutes);
    }

    Round withMinutes(Minutes m) {
        return new Round(number, terms, concessionsMade, breaches, exception, requestedBy, requestReason, decidedBy,
                decisionReason, m);
    }

    /** The round as a role without sight of the bottom lines sees it: which lines were breached is hidden. */
    Round withoutBreaches() {
        return new Round(number, terms, concessionsMade, List.of(), exception, requestedBy, requestReason, decidedBy,
                decisionReason, minutes);
    }
}
