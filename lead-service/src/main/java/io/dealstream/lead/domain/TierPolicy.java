package io.dealstream.lead.domain;

import io.dealstream.events.lead.FollowUpKind;
import io.dealstream.events.lead.Tier;
import java.time.Duration;
import java.util.Objects;

/**
 * The tier deadlines: HIGH deep conversation (24 h), MEDIUM nurture follow-up (7 days), LOW quarterly
 * reactivation (90 days). Configurable; these are the SOP's defaults.
 */
public record TierPolicy(Duration deepTalk, Duration nurtureFollowUp, Duration reactivation) {

    public static final TierPolicy SOP = new TierPolicy(Duration.ofHours(24), Duration.ofDays(7), Duration.ofDays(90));

    public TierPolicy {
        Objects.requireNonNull(deepTalk);
        Objects.requireNonNull(nurtureFollowUp);
        Objects.requireNonNull(reactivation);
    }

    public Duration dueAfter(Tier tier) {
        return switch (tier) {
            case HIGH -> deepTalk;
            case MEDIUM -> nurtureFollowUp;
            case LOW -> reactivation;
        };
    }

    public static FollowUpKind deadlineKind(Tier tier) {
        return switch (tier) {
            case HIGH -> FollowUpKind.DEEP_TALK_24H;
            case MEDIUM -> FollowUpKind.NURTURE_FOLLOW_UP_7D;
            case LOW -> FollowUpKind.QUARTERLY_REACTIVATION;
        };
    }
}
