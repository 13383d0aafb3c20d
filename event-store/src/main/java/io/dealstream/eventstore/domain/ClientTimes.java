package io.dealstream.eventstore.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The window in which a time a client states (when a call was made, an objection raised, an answer sent) is
 * accepted; the server's clock decides everything else. A stated time may not lie in the future (beyond a
 * small clock skew), may not precede the thing it answers, and may be back-dated at most {@code maxBackdate}.
 * Without a stated time the server's time is taken. Who stated it is the event's actor, and the envelope's
 * {@code occurred_at} keeps the server's time beside it. Pure Java, so deciders use it.
 */
public record ClientTimes(Duration maxBackdate, Duration clockSkew) {

    /** Back-dating up to 30 days (a week's paperwork caught up after a trip), 5 minutes of clock skew. */
    public static final ClientTimes DEFAULT = new ClientTimes(Duration.ofDays(30), Duration.ofMinutes(5));

    public ClientTimes {
        Objects.requireNonNull(maxBackdate);
        Objects.requireNonNull(clockSkew);
        if (maxBackdate.isNegative() || clockSkew.isNegative()) {
            throw new IllegalArgumentException("the back-dating limit and the clock skew cannot be negative");
        }
    }

    /**
     * The stated time {@code field}, or {@code now} when none is stated. Rules broken (422): {@code
     * <field>-in-future}, {@code <field>-before-<what>} when it precedes {@code notBefore}, {@code
     * <field>-backdated} when it is older than the back-dating limit.
     */
    public Instant accept(String field, Instant stated, Instant now, Instant notBefore, String what) {
        if (stated == null) {
            return notBefore != null && now.isBefore(notBefore) ? notBefore : now;
        }
        if (stated.isAfter(now.plus(clockSkew))) {
            throw DomainRuleViolation.unprocessable(field + "-in-future", field + " " + stated
                    + " lies in the future (server time " + now + ")");
        }
        if (notBefore != null && stated.isBefore(notBefore)) {
            throw DomainRuleViolation.unprocessable(field + "-before-" + what, field + " " + stated
                    + " lies before the " + what + " (" + notBefore + ")");
        }
        if (stated.isBefore(now.minus(maxBackdate))) {
            throw DomainRuleViolation.unprocessable(field + "-backdated", field + " " + stated + " is back-dated more "
                    + "than " + maxBackdate.toDays() + " days (dealstream.time.max-backdate)");
        }
        return stated;
    }

    /** The same without anything it must follow. */
    public Instant accept(String field, Instant stated, Instant now) {
        return accept(field, stated, now, null, null);
    }
}
