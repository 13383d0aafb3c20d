package io.dealstream.events.lead;

/** What a follow-up achieved. */
public enum FollowUpOutcome {
    REACHED,
    NO_ANSWER,
    MEETING_SCHEDULED,
    NEEDS_MORE_TIME,
    NOT_INTERESTED
}
