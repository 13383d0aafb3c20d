package io.dealstream.events.needs;

import io.dealstream.events.Nullable;
import java.time.Instant;

/**
 * The deep conversation of a HIGH lead is arranged: the SOP's 24 h rule ("a deep conversation is arranged
 * within 24 hours") is met when this is appended before the research's {@code deepTalkDueAt}. needs-service
 * owns that clock; lead-service and the pipeline follow this event. Appended again when the meeting is
 * moved. {@code arrangedAt} is the server's time.
 */
public record DeepTalkArranged(Instant scheduledFor, DiscoveryMeetingHeld.Format format, Instant arrangedAt,
        boolean inTime, @Nullable String notes) implements NeedsEvent {
}
