package io.dealstream.events.lead;

/** The stage-1 deadlines. */
public enum FollowUpKind {
    DEEP_TALK_24H,
    NURTURE_FOLLOW_UP_7D,
    QUARTERLY_REACTIVATION
}
