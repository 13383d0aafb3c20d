package io.dealstream.events.needs;

import io.dealstream.events.privacy.PersonalData;
import io.dealstream.events.Nullable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;

/**
 * The needs-discovery meeting. {@code listeningRuleBreached} is true when the customer spoke less than
 * 60 % of the time (accepted, but flagged on the report). {@code expertNotes}: the specialist details the
 * technical expert recorded (absent on meetings stored before they were). {@code equipmentTested}: for a VIDEO
 * meeting, the equipment was tested beforehand (the SOP asks for it).
 */
public record DiscoveryMeetingHeld(
        Format format,
        @Min(1) int durationMinutes,
        List<Participant> participants,
        @DecimalMin("0") @DecimalMax("1") double customerTalkShare,
        List<FiveWhys> fiveWhys,
        @Nullable Instant heldAt,
        boolean listeningRuleBreached,
        @Nullable String expertNotes,
        @Nullable Boolean equipmentTested) implements NeedsEvent {

    public DiscoveryMeetingHeld(Format format, int durationMinutes, List<Participant> participants,
            double customerTalkShare, List<FiveWhys> fiveWhys, Instant heldAt, boolean listeningRuleBreached) {
        this(format, durationMinutes, participants, customerTalkShare, fiveWhys, heldAt, listeningRuleBreached, null,
                null);
    }

    public DiscoveryMeetingHeld(Format format, int durationMinutes, List<Participant> participants,
            double customerTalkShare, List<FiveWhys> fiveWhys, Instant heldAt, boolean listeningRuleBreached,
            String expertNotes) {
        this(format, durationMinutes, participants, customerTalkShare, fiveWhys, heldAt, listeningRuleBreached,
                expertNotes, null);
    }

    public enum Format {
        ONSITE,
        VIDEO
    }

    public record Participant(@PersonalData String name, Role role) {
    }

    public enum Role {
        SALES_LEAD,
        TECH_EXPERT,
        CUSTOMER
    }

    /** A "5 Whys" chain from a pain to its root cause. */
    public record FiveWhys(String pain, List<String> whys, String rootCause) {
    }
}
