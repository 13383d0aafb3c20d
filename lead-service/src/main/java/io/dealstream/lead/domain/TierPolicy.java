package io.dealstream.lead.domain;

import io.dealstream.events.lead.FollowUpKind;
import io.dealstream.events.lead.Tier;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The tier deadlines: HIGH deep conversation (24 h; needs-service keeps that clock), MEDIUM nurture follow-up
 * (7 days), LOW reactivation once per calendar quarter (3 months, recurring until the lead is closed).
 * Configurable; these are the SOP's defaults.
 */
public record TierPolicy(Duration deepTalk, Duration nurtureFollowUp, Period reactivation) {

    public static final TierPolicy SOP = new TierPolicy(Duration.ofHours(24), Duration.ofDays(7), Period.ofMonths(3));

    public TierPolicy {
        Objects.requireNonNull(deepTalk);
        Objects.requireNonNull(nurtureFollowUp);
        Objects.requireNonNull(reactivation);
    }

    /** When a tier's next step is due, counted from {@code from} (a quarter in calendar months, UTC). */
    public Instant dueAt(Tier tier, Instant from) {
        return switch (tier) {
            case HIGH -> from.plus(deepTalk);
            case MEDIUM -> from.plus(nurtureFollowUp);
            case LOW -> nextReactivation(from);
        };
    }

    public Instant nextReactivation(Instant from) {
        return from.atOffset(ZoneOffset.UTC).plus(reactivation).toInstant();
    }

    public static FollowUpKind deadlineKind(Tier tier) {
        return switch (tier) {
            case HIGH -> FollowUpKind.DEEP_TALK_24H;
            case MEDIUM -> FollowUpKind.NURTURE_FOLLOW_UP_7D;
            case LOW -> FollowUpKind.QUARTERLY_REACTIVATION;
        };
    }
}
